/// Escapes text for HTML and XML alike: `&`, `<`, `>`, `"` and `'` become character references,
/// so that the same escaped text is safe as element content and as a quoted attribute value.
/// Control characters that XML forbids become U+FFFD, so that the page stays well-formed XHTML.
enum HTMLEscaping {
  /// Appends `text`, escaped, to `bytes` as UTF-8.
  static func append(_ text: some StringProtocol, to bytes: inout [UInt8]) {
    let done: Void? = text.utf8.withContiguousStorageIfAvailable { append(utf8: $0, to: &bytes) }
    if done == nil { Array(text.utf8).withUnsafeBufferPointer { append(utf8: $0, to: &bytes) } }
  }

  /// `text`, escaped.
  static func escaped(_ text: some StringProtocol) -> String {
    var bytes: [UInt8] = []
    append(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 text `utf8`, escaped, to `bytes`.
  static func append(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
    bytes.reserveCapacity(bytes.count + utf8.count)
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      switch byte {
      case UInt8(ascii: "&"): bytes += Self.ampersand
      case UInt8(ascii: "<"): bytes += Self.lessThan
      case UInt8(ascii: ">"): bytes += Self.greaterThan
      case UInt8(ascii: "\""): bytes += Self.quote
      case UInt8(ascii: "'"): bytes += Self.apostrophe
      case 0x09, 0x0A, 0x0D: bytes.append(byte)
      case 0x00..<0x20, 0x7F: bytes += Self.replacement
      case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && (utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF):
        // U+FFFE and U+FFFF are not XML characters.
        bytes += Self.replacement
        index += 2
      default: bytes.append(byte)
      }
      index += 1
    }
  }

  private static let ampersand = Array("&amp;".utf8)
  private static let lessThan = Array("&lt;".utf8)
  private static let greaterThan = Array("&gt;".utf8)
  private static let quote = Array("&quot;".utf8)
  private static let apostrophe = Array("&#39;".utf8)
  private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
}
