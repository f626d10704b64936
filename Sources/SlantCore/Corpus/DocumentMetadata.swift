/// What is known about where a document comes from. Every field is optional: unknown is a
/// legitimate answer and is shown as such rather than guessed.
public struct DocumentMetadata: Sendable, Hashable, Codable {
  public var outlet: String?
  /// Publication date, `YYYY-MM-DD` when known that precisely.
  public var date: String?
  public var title: String?
  public var url: String?
  /// Fields another tool or a person added to a sidecar's metadata, written back unchanged.
  public var unknownFields = UnknownFields()

  public init(outlet: String? = nil, date: String? = nil, title: String? = nil, url: String? = nil) {
    self.outlet = outlet
    self.date = date
    self.title = title
    self.url = url
  }

  /// The field names, in the order they are shown and exported.
  public static let fieldNames = ["outlet", "date", "title", "url"]

  /// The value of the field called `name`, if it is one of `fieldNames`.
  public subscript(field name: String) -> String? {
    get {
      switch name {
      case "outlet": outlet
      case "date": date
      case "title": title
      case "url": url
      default: nil
      }
    }
    set {
      switch name {
      case "outlet": outlet = newValue
      case "date": date = newValue
      case "title": title = newValue
      case "url": url = newValue
      default: break
      }
    }
  }

  /// These fields, with each one that is missing taken from `fallback`.
  public func filled(from fallback: DocumentMetadata) -> DocumentMetadata {
    DocumentMetadata(
      outlet: outlet ?? fallback.outlet, date: date ?? fallback.date,
      title: title ?? fallback.title, url: url ?? fallback.url)
  }

  public var isEmpty: Bool { outlet == nil && date == nil && title == nil && url == nil }

  private enum CodingKeys: String, CodingKey, CaseIterable { case outlet, date, title, url }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    outlet = try container.decodeIfPresent(String.self, forKey: .outlet)
    date = try container.decodeIfPresent(String.self, forKey: .date)
    title = try container.decodeIfPresent(String.self, forKey: .title)
    url = try container.decodeIfPresent(String.self, forKey: .url)
    unknownFields = try UnknownFields(from: decoder, known: CodingKeys.allCases.map(\.rawValue))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(outlet, forKey: .outlet)
    try container.encodeIfPresent(date, forKey: .date)
    try container.encodeIfPresent(title, forKey: .title)
    try container.encodeIfPresent(url, forKey: .url)
    try unknownFields.encode(to: encoder)
  }
}
