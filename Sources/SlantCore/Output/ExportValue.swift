/// One cell of an export table, typed so that CSV writes it as text and JSON Lines as a number,
/// a list or null.
public enum ExportValue: Sendable, Hashable {
  case text(String)
  case integer(Int)
  case boolean(Bool)
  case list([String])
  case missing

  /// The cell as CSV text: lists joined with `;`, missing as empty.
  public var csvText: String {
    switch self {
    case .text(let text): text
    case .integer(let number): "\(number)"
    case .boolean(let value): value ? "true" : "false"
    case .list(let items): items.joined(separator: ";")
    case .missing: ""
    }
  }

  /// The cell as a JSON value.
  public var json: String {
    switch self {
    case .text(let text): JSONText.quoted(text)
    case .integer(let number): "\(number)"
    case .boolean(let value): value ? "true" : "false"
    case .list(let items): JSONText.array(items.map { JSONText.quoted($0) })
    case .missing: "null"
    }
  }
}
