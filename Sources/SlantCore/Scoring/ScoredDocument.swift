/// A document scored sentence by sentence.
public struct ScoredDocument: Sendable {
  public var document: Document
  public var sentences: [ScoredSentence]

  public init(document: Document, sentences: [ScoredSentence]) {
    self.document = document
    self.sentences = sentences
  }

  /// The sums of the sentence results.
  public var totals: ScoreTotals {
    sentences.reduce(into: ScoreTotals()) { $0.add($1) }
  }
}
