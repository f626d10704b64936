/// The exact text of a target with a little context either side, as the W3C Web Annotation
/// `TextQuoteSelector` records it, so that the target can be found again after the text changes.
public struct TextQuoteSelector: Sendable, Hashable, Codable {
  public var exact: String
  public var prefix: String
  public var suffix: String
  /// Fields another tool or a person added, written back unchanged.
  public var unknownFields = UnknownFields()

  public init(exact: String, prefix: String = "", suffix: String = "") {
    self.exact = exact
    self.prefix = prefix
    self.suffix = suffix
  }

  private enum CodingKeys: String, CodingKey, CaseIterable { case exact, prefix, suffix }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    exact = try container.decode(String.self, forKey: .exact)
    prefix = try container.decodeIfPresent(String.self, forKey: .prefix) ?? ""
    suffix = try container.decodeIfPresent(String.self, forKey: .suffix) ?? ""
    unknownFields = try UnknownFields(from: decoder, known: CodingKeys.allCases.map(\.rawValue))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(exact, forKey: .exact)
    try container.encode(prefix, forKey: .prefix)
    try container.encode(suffix, forKey: .suffix)
    try unknownFields.encode(to: encoder)
  }
}
