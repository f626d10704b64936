/// Where a target lies in its document, in Unicode scalar (code point) offsets from the start of
/// the file's text, as the W3C Web Annotation `TextPositionSelector` counts them.
public struct TextPositionSelector: Sendable, Hashable, Codable {
  public var scalarStart: Int
  public var scalarEnd: Int
  /// Fields another tool or a person added, written back unchanged.
  public var unknownFields = UnknownFields()

  public init(scalarStart: Int, scalarEnd: Int) {
    self.scalarStart = scalarStart
    self.scalarEnd = scalarEnd
  }

  public var scalarRange: Range<Int> { scalarStart..<max(scalarStart, scalarEnd) }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case scalarStart = "start"
    case scalarEnd = "end"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    scalarStart = try container.decode(Int.self, forKey: .scalarStart)
    scalarEnd = try container.decode(Int.self, forKey: .scalarEnd)
    unknownFields = try UnknownFields(from: decoder, known: CodingKeys.allCases.map(\.rawValue))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(scalarStart, forKey: .scalarStart)
    try container.encode(scalarEnd, forKey: .scalarEnd)
    try unknownFields.encode(to: encoder)
  }
}
