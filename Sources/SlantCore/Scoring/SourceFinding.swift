/// A reporting verb or phrase in a sentence, with the words that name its source and how well
/// they name it.
struct SourceFinding: Sendable {
  enum Kind: Sendable {
    /// A name, a named institution, or a definite description of one (`the statement`).
    case named
    /// `he`, `she`, `they`, `it`: someone named before.
    case pronoun
    /// Unnamed: `a source`, `officials`, `critics say`.
    case vague
  }

  /// The reporting verb or phrase; nil for an embedded post, credited by its byline.
  var hit: Hit?
  /// Where the words naming the source stand, in UTF-8 bytes (nil when none do). Bytes, not
  /// tokens, so that a finding carried into the next stretch of a long document still holds.
  var sourceUTF8Range: Range<Int>?
  var kind: Kind
  /// The sentence the finding belongs to.
  var sentenceIndex: Int
}
