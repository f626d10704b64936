/// What a document says about itself before its body starts: a BOM, a front-matter block
/// (`---` lines around `key: value` lines; keys other than the known ones become extra fields) and the `date YYYY-MM-DD ` prefix that news crawls
/// put before the first line.
public struct DocumentHeader: Sendable, Equatable {
  /// Where the body starts, in UTF-8 bytes.
  public var bodyStart: Int
  public var metadata: DocumentMetadata

  /// Front-matter keys and the metadata field each one fills.
  static let fieldAliases = [
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "publication": "outlet",
    "date": "date", "published": "date", "pubdate": "date",
    "title": "title", "headline": "title",
    "url": "url", "link": "url",
  ]

  /// Reads the header of `text`.
  public init(of text: String) {
    var bodyStart = 0
    var metadata = DocumentMetadata()
    text.utf8.withContiguousBytes { bytes in
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bodyStart = 3 }
      if let (fields, end) = Self.frontMatter(bytes, from: bodyStart) {
        metadata = fields
        bodyStart = end
      }
      if let (date, end) = Self.datePrefix(bytes, from: bodyStart) {
        metadata.date = metadata.date ?? date
        bodyStart = end
      }
    }
    self.bodyStart = bodyStart
    self.metadata = metadata
  }

  /// Parses a front-matter block starting at `start`, if there is one.
  private static func frontMatter(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (DocumentMetadata, Int)? {
    guard start + 3 < bytes.count, bytes[start..<start + 3].elementsEqual("---".utf8), ScalarClass.isLineEnd(bytes[start + 3]) else { return nil }
    var lines = LineCursor(bytes: bytes, offset: start)
    guard let opening = lines.next(), opening.text == "---" else { return nil }
    var metadata = DocumentMetadata()
    while let line = lines.next() {
      if line.text == "---" { return (metadata, lines.offset) }
      guard let colon = line.text.firstIndex(of: ":") else { continue }
      let key = line.text[..<colon].trimmingSpaces.lowercased()
      var value = line.text[line.text.index(after: colon)...].trimmingSpaces
      if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
        value = String(value.dropFirst().dropLast())
      }
      // Known keys by their aliases; any other key that can be a field name is an extra field.
      let field = fieldAliases[key] ?? (DocumentMetadata.isFieldName(key) ? key : nil)
      if let field, !value.isEmpty, metadata[field: field] == nil {
        metadata[field: field] = value
      }
    }
    return nil
  }

  /// Parses `date YYYY-MM-DD` followed by a space at `start` (after spaces), if it is there.
  private static func datePrefix(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
    var cursor = start
    while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
    let pattern = Array("date dddd-dd-dd".utf8)
    guard cursor + pattern.count <= bytes.count else { return nil }
    for (index, expected) in pattern.enumerated() {
      let byte = bytes[cursor + index]
      let matches = expected == UInt8(ascii: "d") && index >= 5 ? (0x30...0x39).contains(byte) : byte | (index < 4 ? 0x20 : 0) == expected
      guard matches else { return nil }
    }
    let dateStart = cursor + 5
    cursor += pattern.count
    guard cursor == bytes.count || bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || ScalarClass.isLineEnd(bytes[cursor]) else { return nil }
    let date = String(decoding: UnsafeBufferPointer(rebasing: bytes[dateStart..<dateStart + 10]), as: UTF8.self)
    while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
    return (date, cursor)
  }
}

/// Reads lines (LF, CRLF or CR) from UTF-8 bytes, for small headers.
struct LineCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var offset: Int

  mutating func next() -> (text: String, start: Int)? {
    guard offset < bytes.count else { return nil }
    let start = offset
    while offset < bytes.count, !ScalarClass.isLineEnd(bytes[offset]) { offset += 1 }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    if offset < bytes.count {
      offset += bytes[offset] == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
    }
    return (text.trimmingSpaces, start)
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and line ends.
  var trimmingSpaces: String {
    let text = String(self)
    guard let first = text.utf8.first, let last = text.utf8.last else { return "" }
    // Most lines of lexicons, manifests and headers need no trimming.
    if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return text }
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !ScalarClass.isSpace($0) }),
      let end = scalars.lastIndex(where: { !ScalarClass.isSpace($0) })
    else { return "" }
    return String(self[start...end])
  }

}
