/// Writes JSON text by hand, which is several times faster than `JSONEncoder` for the
/// streaming outputs (JSON Lines) where Slant writes one object per sentence.
public enum JSONText {
  /// `string` as a JSON string literal, quotes included.
  public static func quoted(_ string: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(string.utf8.count + 2)
    appendQuoted(string, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `string` as a JSON string literal, quotes included, to `bytes`: the byte-level
  /// path for streams, which copies runs that need no escape as they are.
  public static func appendQuoted(_ string: Substring, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    if string.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &bytes) }) == nil {
      Array(string.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &bytes) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static func appendEscaped(_ source: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
    var runStart = 0
    var index = 0
    while index < source.count {
      let byte = source[index]
      let escape: String?
      var length = 1
      switch byte {
      case UInt8(ascii: "\""): escape = "\\\""
      case UInt8(ascii: "\\"): escape = "\\\\"
      case 0x0A: escape = "\\n"
      case 0x0D: escape = "\\r"
      case 0x09: escape = "\\t"
      case 0..<0x20:
        let hex = String(byte, radix: 16)
        escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      case 0xE2 where index + 2 < source.count && source[index + 1] == 0x80 && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9):
        escape = source[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
        length = 3
      default: escape = nil
      }
      guard let escape else {
        index += 1
        continue
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
      bytes.append(contentsOf: escape.utf8)
      index += length
      runStart = index
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
  }

  public static func quoted(_ string: String) -> String { quoted(string[...]) }

  /// `string` quoted, or `null` when it is nil.
  public static func quotedOrNull(_ string: String?) -> String { string.map { quoted($0) } ?? "null" }

  /// A JSON object from already-encoded values, keys in the given order.
  public static func object(_ members: KeyValuePairs<String, String>) -> String {
    var result = "{"
    for (index, member) in members.enumerated() {
      if index > 0 { result += "," }
      result += quoted(member.key) + ":" + member.value
    }
    return result + "}"
  }

  /// A JSON array from already-encoded values.
  public static func array(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }
}
