/// The fields of a stored JSON object that Slant does not know, added by another tool or by a
/// person, kept so that the next save writes them back: a sidecar is shared, not owned.
public struct UnknownFields: Sendable, Hashable {
  public var values: [String: JSONValue] = [:]

  public init(_ values: [String: JSONValue] = [:]) { self.values = values }

  /// The fields of the object `decoder` holds whose names are not in `known`.
  init(from decoder: any Decoder, known: [String]) throws {
    let container = try decoder.container(keyedBy: FieldName.self)
    for key in container.allKeys where !known.contains(key.stringValue) {
      values[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
    }
  }

  /// Adds the fields to the object `encoder` is writing.
  func encode(to encoder: any Encoder) throws {
    guard !values.isEmpty else { return }
    var container = encoder.container(keyedBy: FieldName.self)
    for (name, value) in values { try container.encode(value, forKey: FieldName(stringValue: name)) }
  }

  private struct FieldName: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}
