/// A rule of `lexicons/context/` that a person can add sections for: the words it reads (`=
/// volatile`) lose their judgement when one of the section's context words stands where its
/// kind says. `[near markets]` with `= volatile` and `trading` drops *volatile trading*.
public struct ContextRule: Sendable {
  /// Where the context words must stand, relative to the word read.
  public enum Kind: String, CaseIterable, Sendable {
    /// Among the next two words, the three before, or as a possessive right before (`the
    /// market's resilience`): a measure or a physical property.
    case near
    /// Right after it (`gang members`, `supposed to`).
    case next
    /// Among the next two words (`the historic vote`, `historic highs`).
    case nextTwo = "next-two"
  }

  public var kind: Kind
  /// The section's name after its kind (`markets` in `[near markets]`).
  public var name: String
  /// The index of the section's context words in `ContextLexicon.lists`.
  var list: Int
}
