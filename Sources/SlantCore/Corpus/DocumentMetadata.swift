/// What is known about where a document comes from. Every field is optional: unknown is a
/// legitimate answer and is shown as such rather than guessed. Beside the four fixed fields a
/// document may carry any others (`country`, `leaning`, `owner`…) from its manifest, its JSON
/// Lines object or `slant meta --set`, kept in `extra` and stored flat beside them.
public struct DocumentMetadata: Sendable, Hashable, Codable {
  public var outlet: String?
  /// Publication date, `YYYY-MM-DD` when known that precisely.
  public var date: String?
  public var title: String?
  public var url: String?
  /// Any other fields with string values, by lowercase name (`country`, `leaning`…).
  public var extra: [String: String]
  /// Fields of other types another tool or a person added to a sidecar's metadata, written back unchanged.
  public var unknownFields = UnknownFields()

  public init(outlet: String? = nil, date: String? = nil, title: String? = nil, url: String? = nil, extra: [String: String] = [:]) {
    self.outlet = outlet
    self.date = date
    self.title = title
    self.url = url
    self.extra = extra
  }

  /// The field names, in the order they are shown and exported.
  public static let fieldNames = ["outlet", "date", "title", "url"]

  /// The fixed fields, then the extra ones in name order.
  public var allFieldNames: [String] { Self.fieldNames + extra.keys.sorted() }

  /// Whether `name` can be an extra field: lowercase letters, digits, `_` and `-`, starting with a letter.
  public static func isFieldName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
  }

  /// The value of the field called `name`: one of `fieldNames`, or an extra field.
  public subscript(field name: String) -> String? {
    get {
      switch name {
      case "outlet": outlet
      case "date": date
      case "title": title
      case "url": url
      default: extra[name]
      }
    }
    set {
      switch name {
      case "outlet": outlet = newValue
      case "date": date = newValue
      case "title": title = newValue
      case "url": url = newValue
      default: extra[name] = newValue
      }
    }
  }

  /// These fields, with each one that is missing taken from `fallback`.
  public func filled(from fallback: DocumentMetadata) -> DocumentMetadata {
    DocumentMetadata(
      outlet: outlet ?? fallback.outlet, date: date ?? fallback.date,
      title: title ?? fallback.title, url: url ?? fallback.url, extra: extra.merging(fallback.extra) { own, _ in own })
  }

  public var isEmpty: Bool { outlet == nil && date == nil && title == nil && url == nil && extra.isEmpty }

  private struct FieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// Reads the fixed fields (strings, or an error naming the field) and every other string
  /// member as an extra field; members of other types are passed over, as before extra fields.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: FieldKey.self)
    self.init()
    for key in container.allKeys {
      if Self.fieldNames.contains(key.stringValue) {
        self[field: key.stringValue] = try container.decodeIfPresent(String.self, forKey: key)
      } else if let value = try? container.decode(String.self, forKey: key) {
        extra[key.stringValue] = value
      }
    }
    unknownFields = try UnknownFields(from: decoder, known: Self.fieldNames + Array(extra.keys))
  }

  /// Writes each known field as a string member, extra fields beside the fixed ones.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: FieldKey.self)
    for name in allFieldNames {
      if let value = self[field: name] { try container.encode(value, forKey: FieldKey(stringValue: name)) }
    }
    try unknownFields.encode(to: encoder)
  }
}
