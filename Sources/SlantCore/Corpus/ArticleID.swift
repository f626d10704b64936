/// An article's `id` as its JSON Lines record wrote it: a string, or a number kept as written,
/// so that results carry it back unchanged and a join on it matches the input's type.
public enum ArticleID: Sendable, Hashable, CustomStringConvertible {
  case string(String)
  /// A JSON number, as its text (`17`, `1.50`, `-3e2`).
  case number(String)

  /// The id as text: the string itself, or the number as written.
  public var description: String {
    switch self {
    case .string(let text), .number(let text): text
    }
  }

  /// Appends the id as a JSON value: the string escaped, the number as written.
  public func append(to json: inout JSONBytes) {
    switch self {
    case .string(let text): json.string(text)
    case .number(let text): json.raw(Array(text.utf8))
    }
  }
}
