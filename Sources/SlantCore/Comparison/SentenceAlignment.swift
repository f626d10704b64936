/// Sentences of different outlets paired as reporting the same fact, and per outlet the
/// sentences no other outlet has: what one outlet leaves out is framing too (informational
/// bias, in the BASIL study's terms).
public struct SentenceAlignment: Sendable, Codable {
  public var threshold: Double
  public var pairs: [AlignedPair]
  /// Per outlet (sorted by name), the sentences with no partner in any other outlet.
  public var unmatched: [OutletSentences]
  /// For each ordered pair of groups, the facts told in one group's documents and in none of
  /// the other's; empty with one group.
  public var groupOmissions: [GroupOmission] = []
}

/// Facts one group tells and another never does.
public struct GroupOmission: Sendable, Codable {
  public var toldBy: String
  public var missingFrom: String
  /// Most documents first.
  public var facts: [OmittedFact]
}

/// One fact (sentences linked by alignment) as one group tells it.
public struct OmittedFact: Sendable, Codable {
  /// The group's first sentence of it, to show.
  public var sentence: AlignmentSentence
  /// How many of the group's sentences, documents and outlets tell it.
  public var sentences: Int
  public var documents: Int
  public var outlets: Int
  /// Every group that tells it.
  public var groups: [String]
}

/// Two sentences of different outlets that report the same fact, with the wording that differs.
public struct AlignedPair: Sendable, Codable {
  public var left: AlignmentSentence
  public var right: AlignmentSentence
  public var similarity: Double
  /// Content words only one side uses.
  public var leftOnlyWords: [String]
  public var rightOnlyWords: [String]
  /// Loaded words in one side's own voice that the other side does not use.
  public var leftOnlyLoaded: [LoadedWord]
  public var rightOnlyLoaded: [LoadedWord]

  /// Whether the two differ in loaded wording: loaded words on one side, not on the other.
  public var differsInLoadedWording: Bool { !leftOnlyLoaded.isEmpty || !rightOnlyLoaded.isEmpty }
}

/// An outlet and some of its sentences.
public struct OutletSentences: Sendable, Codable {
  public var outlet: String
  public var sentences: [AlignmentSentence]
}
