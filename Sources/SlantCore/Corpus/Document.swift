/// One article: its text exactly as stored, where its body starts, and what is known about it.
public struct Document: Sendable {
  /// Stable name of the document: its path relative to the workspace, plus `#id` for an
  /// article inside a JSON Lines file.
  public var id: DocumentID
  /// The file's text, decoded (and for an HTML page extracted); every offset Slant reports
  /// refers to it.
  public var text: String
  /// The UTF-8 range of the article body: the text after any BOM, front matter or date prefix.
  public var bodyUTF8Range: Range<Int>
  public var metadata: DocumentMetadata
  /// How `text` was made from the file: its encoding, and whether it was extracted from HTML.
  public var source: TextSource

  public init(
    id: DocumentID, text: String, bodyUTF8Range: Range<Int>? = nil, metadata: DocumentMetadata = DocumentMetadata(), source: TextSource = .plainUTF8
  ) {
    self.id = id
    self.text = text
    self.bodyUTF8Range = bodyUTF8Range ?? 0..<text.utf8.count
    self.metadata = metadata
    self.source = source
  }

  /// The outlet, or `unknown` when no source names one.
  public var outlet: String { metadata.outlet ?? "unknown" }

  /// The text of a UTF-8 range of this document.
  public func text(of utf8Range: Range<Int>) -> Substring { text.slice(utf8: utf8Range) }
}

/// The name of a document, stable across runs: a workspace-relative path and an optional
/// `#id` for one article of a JSON Lines file.
public struct DocumentID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The file that holds the document, relative to the workspace when it lies inside it.
  public var path: String
  /// The article's id (or line number) within a JSON Lines file.
  public var fragment: String?

  public init(path: String, fragment: String? = nil) {
    self.path = path
    self.fragment = fragment
  }

  public var description: String { fragment.map { "\(path)#\($0)" } ?? path }

  public static func < (lhs: DocumentID, rhs: DocumentID) -> Bool { lhs.description < rhs.description }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let value = try container.decode(String.self)
    if let hash = value.lastIndex(of: "#") {
      self.init(path: String(value[..<hash]), fragment: String(value[value.index(after: hash)...]))
    } else {
      self.init(path: value)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
