/// A document scored sentence by sentence.
public struct ScoredDocument: Sendable {
  public var document: Document
  public var sentences: [ScoredSentence]
  /// The document's title scored on its own, when it has one; not among `sentences` or `totals`.
  public var headline: ScoredHeadline?
  /// The body's tokens, one list per stretch the scorer tokenized, when it was asked to keep
  /// them (`Scorer.score(_:keepingTokens:)`); empty otherwise.
  public var bodyTokens: [TokenList] = []

  public init(document: Document, sentences: [ScoredSentence], headline: ScoredHeadline? = nil) {
    self.document = document
    self.sentences = sentences
    self.headline = headline
  }

  /// The article's primary frame, weighting the headline and the lead (`ArticleFrameDecider`).
  public var frame: ArticleFrame { ArticleFrameDecider().frame(of: self) }

  /// The sums of the sentence results.
  public var totals: ScoreTotals { ScoreTotals(summing: sentences) }
}
