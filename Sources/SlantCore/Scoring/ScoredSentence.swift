/// One sentence scored: its hits with their modifiers, its quotations, its support label, and
/// the reason for that label in words a person can check.
public struct ScoredSentence: Sendable {
  public var sentence: Sentence
  /// The sentence's tokens, as indices into the document's `TokenList`.
  public var tokenRange: Range<Int>
  public var hits: [Hit]
  public var quotations: [Quotation]
  public var label: SupportLabel
  /// Why the label was chosen, naming each deciding term with its category, file and line.
  public var reason: String
  /// The words that name (or fail to name) the source, in UTF-8 bytes, when there are some.
  public var sourceUTF8Range: Range<Int>?
  /// The words that make the sentence an insinuating question (`Why does`, `Is` … `really`), in
  /// UTF-8 bytes; empty for any other sentence (`InsinuatingQuestion`).
  public var questionCueUTF8Ranges: [Range<Int>] = []
  /// How likely people would be to give the sentence each label the model knows, in its order.
  public var probabilities: [LabelProbability] = []
  /// The sentence's primary frame (`SentenceFrameDecider`), or nil when nothing frames it.
  public var frame: FrameChoice?

  public init(
    sentence: Sentence, tokenRange: Range<Int>, hits: [Hit], quotations: [Quotation], label: SupportLabel, reason: String,
    sourceUTF8Range: Range<Int>? = nil
  ) {
    self.sentence = sentence
    self.tokenRange = tokenRange
    self.hits = hits
    self.quotations = quotations
    self.label = label
    self.reason = reason
    self.sourceUTF8Range = sourceUTF8Range
  }

  /// How many hits each family has in this sentence.
  public var familyCounts: [CategoryFamily: Int] {
    hits.reduce(into: [:]) { counts, hit in counts[hit.family, default: 0] += 1 }
  }
}
