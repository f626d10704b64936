/// A JSON value read by `JSONReader`, with the line it starts on, so that a bad record inside a
/// large JSON file (a Label Studio export, a W3C collection) is reported as `file:line`.
package struct JSONNode: Sendable {
  enum Value: Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONNode])
    /// Members in file order; `JSONReader` refuses a key repeated in one object.
    case object([(key: String, value: JSONNode)])
  }

  var value: Value
  /// The 1-based line of the file the value starts on.
  var line: Int

  /// The member `key` of an object, or nil.
  subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.last { $0.key == key }?.value
  }

  var string: String? {
    if case .string(let text) = value { return text }
    return nil
  }

  /// The value as a whole number, or nil (fractions, booleans and strings are not numbers).
  var integer: Int? {
    guard case .number(let number) = value, number == number.rounded(), abs(number) < 1e15 else { return nil }
    return Int(number)
  }

  var array: [JSONNode]? {
    if case .array(let items) = value { return items }
    return nil
  }

  var isObject: Bool {
    if case .object = value { return true }
    return false
  }

  var isNull: Bool {
    if case .null = value { return true }
    return false
  }

  /// The object's keys, in file order.
  var keys: [String] {
    guard case .object(let members) = value else { return [] }
    return members.map(\.key)
  }

  /// A string, or a list of strings, as a list; nil for anything else.
  var strings: [String]? {
    if let string { return [string] }
    guard let array else { return nil }
    let strings = array.compactMap(\.string)
    return strings.count == array.count ? strings : nil
  }

  /// A short name of the value's kind, for messages.
  var kind: String {
    switch value {
    case .string: "a string"
    case .number: "a number"
    case .bool: "a boolean"
    case .null: "null"
    case .array: "an array"
    case .object: "an object"
    }
  }
}
