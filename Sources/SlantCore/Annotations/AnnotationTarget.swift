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
  /// Fields another tool or a person added, written back unchanged.
  public var unknownFields = UnknownFields()

  public init(unit: Unit, position: TextPositionSelector, quote: TextQuoteSelector, sentenceIndex: Int?) {
    self.unit = unit
    self.position = position
    self.quote = quote
    self.sentenceIndex = sentenceIndex
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case unit, position, quote
    case sentenceIndex = "sentence"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    unit = try container.decode(Unit.self, forKey: .unit)
    position = try container.decode(TextPositionSelector.self, forKey: .position)
    quote = try container.decode(TextQuoteSelector.self, forKey: .quote)
    sentenceIndex = try container.decodeIfPresent(Int.self, forKey: .sentenceIndex)
    unknownFields = try UnknownFields(from: decoder, known: CodingKeys.allCases.map(\.rawValue))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(unit, forKey: .unit)
    try container.encode(position, forKey: .position)
    try container.encode(quote, forKey: .quote)
    try container.encodeIfPresent(sentenceIndex, forKey: .sentenceIndex)
    try unknownFields.encode(to: encoder)
  }
}
