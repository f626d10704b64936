/// What an annotation is about: a whole sentence or a span inside one, located both by position
/// and by quote. The offsets and the quote are the truth; the sentence index is a hint.
public struct AnnotationTarget: Sendable, Hashable, Codable {
  public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
    case sentence, span
  }

  public var unit: Unit
  public var position: TextPositionSelector
  public var quote: TextQuoteSelector
  /// Zero-based index of the sentence holding the target when it was last anchored.
  public var sentenceIndex: Int?

  public init(unit: Unit, position: TextPositionSelector, quote: TextQuoteSelector, sentenceIndex: Int?) {
    self.unit = unit
    self.position = position
    self.quote = quote
    self.sentenceIndex = sentenceIndex
  }

  enum CodingKeys: String, CodingKey {
    case unit, position, quote
    case sentenceIndex = "sentence"
  }
}
