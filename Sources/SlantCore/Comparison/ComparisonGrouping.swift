/// What the comparison puts side by side: documents grouped by a metadata field (`outlet`, or
/// any other such as `country` or `leaning`), or single documents.
public enum ComparisonGrouping: Sendable, Hashable, Codable, CustomStringConvertible {
  case document
  /// Documents sharing a value of this field; those without one form the group `unknown`.
  case field(String)

  /// Outlets: the default.
  public static let outlet = ComparisonGrouping.field("outlet")

  /// `document`, or the field named (folded to lowercase).
  public init(parsing name: String) {
    let folded = name.lowercased()
    self = folded == "document" ? .document : .field(folded)
  }

  public var description: String {
    switch self {
    case .document: "document"
    case .field(let name): name
    }
  }

  /// The group a document's tally belongs to.
  public func key(of tally: DocumentTally) -> String {
    switch self {
    case .document: tally.documentID.description
    case .field("outlet"): tally.outlet
    case .field(let name): tally.metadata[field: name] ?? "unknown"
    }
  }

  public init(from decoder: any Decoder) throws {
    self.init(parsing: try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
