/// A lexicon entry found in a text: which entry, its exact span, and how its context changes it.
public struct Hit: Sendable, Hashable {
  public var entry: LexiconEntry
  /// Where the matched words stand in the document text, in UTF-8 bytes.
  public var utf8Range: Range<Int>
  /// The matched tokens, as indices into the document's `TokenList`.
  public var tokenRange: Range<Int>
  public var modifiers: HitModifiers

  public init(entry: LexiconEntry, utf8Range: Range<Int>, tokenRange: Range<Int>, modifiers: HitModifiers = []) {
    self.entry = entry
    self.utf8Range = utf8Range
    self.tokenRange = tokenRange
    self.modifiers = modifiers
  }

  public var category: String { entry.category }
  public var family: CategoryFamily { entry.family }
}

/// How a hit's context changes what it means.
public struct HitModifiers: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// A negator stands within the three tokens before the hit.
  public static let negated = HitModifiers(rawValue: 1 << 0)
  /// The hit lies inside quotation marks: the voice of a source, not of the outlet.
  public static let quoted = HitModifiers(rawValue: 1 << 1)
  /// An intensifier stands right before the hit.
  public static let boosted = HitModifiers(rawValue: 1 << 2)
  /// The hit lies inside a short quotation with no attribution nearby: the outlet keeping its distance.
  public static let scareQuoted = HitModifiers(rawValue: 1 << 3)

  /// Every modifier with the name outputs use for it, in a fixed order.
  public static let named: [(modifier: HitModifiers, name: String)] = [
    (.negated, "negated"), (.quoted, "quoted"), (.boosted, "boosted"), (.scareQuoted, "scare-quoted"),
  ]

  /// The names of the modifiers set, in a fixed order.
  public var names: [String] { Self.named.filter { contains($0.modifier) }.map(\.name) }
}
