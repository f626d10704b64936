/// A word or phrase that people's positive units use more than the rest: a candidate lexicon
/// entry for a person to review.
public struct PhraseCandidate: Sendable, Hashable, Codable {
  /// The phrase (words joined by one space), its counts and its log-odds score.
  public var term: DistinguishingTerm
  public var wordCount: Int
  /// Up to two places it occurs in positive units, in different units where there are two.
  public var examples: [Occurrence]

  /// Where a candidate occurs: the unit's position in the extractor's input and the tokens.
  public struct Occurrence: Sendable, Hashable, Codable {
    public var unit: Int
    public var tokenRange: Range<Int>

    public init(unit: Int, tokenRange: Range<Int>) {
      self.unit = unit
      self.tokenRange = tokenRange
    }
  }

  public init(term: DistinguishingTerm, wordCount: Int, examples: [Occurrence]) {
    self.term = term
    self.wordCount = wordCount
    self.examples = examples
  }
}
