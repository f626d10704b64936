/// Who put an annotation there: a person, or a scorer suggestion that a person accepted (with
/// the scorer's reason kept, so that the export can show why it was suggested).
public enum AnnotationOrigin: Sendable, Hashable, Codable {
  case human
  case acceptedSuggestion(reason: String)

  /// `human` or `suggestion`, as stored and exported.
  public var kind: String {
    switch self {
    case .human: "human"
    case .acceptedSuggestion: "suggestion"
    }
  }

  /// The scorer's reason for an accepted suggestion.
  public var reason: String? {
    if case .acceptedSuggestion(let reason) = self { return reason }
    return nil
  }

  private enum CodingKeys: String, CodingKey, CaseIterable { case kind, reason }

  /// The stored field names.
  static let fieldNames = CodingKeys.allCases.map(\.rawValue)

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try container.decode(String.self, forKey: .kind)
    switch kind {
    case "human": self = .human
    case "suggestion": self = .acceptedSuggestion(reason: try container.decodeIfPresent(String.self, forKey: .reason) ?? "")
    default:
      throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "origin kind must be \"human\" or \"suggestion\", not \"\(kind)\"")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encodeIfPresent(reason, forKey: .reason)
  }
}
