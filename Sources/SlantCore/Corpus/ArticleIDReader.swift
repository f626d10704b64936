import Foundation

/// Reads the top-level `id` member of a JSON Lines record without parsing the rest of it, so
/// that a line whose JSON breaks after the id (cut off, a stray quote in the text) still names
/// its article. Members before the id are skipped by their shape, not checked in full.
public struct ArticleIDReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var offset = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The first top-level `id` in `line` when it is a string or a number and can be read up to
  /// its end; nil when the line has none, or breaks before it ends, or the id is of another type.
  public static func id(in line: UnsafeBufferPointer<UInt8>) -> ArticleID? {
    var reader = ArticleIDReader(line)
    if line.starts(with: [0xEF, 0xBB, 0xBF]) { reader.offset = 3 }
    return reader.id()
  }

  /// The first top-level `id` in `line` (see `id(in:)` for a buffer).
  public static func id(in line: [UInt8]) -> ArticleID? { line.withUnsafeBufferPointer { id(in: $0) } }

  private mutating func id() -> ArticleID? {
    skipSpace()
    guard take(UInt8(ascii: "{")) else { return nil }
    while true {
      skipSpace()
      guard let key = stringToken() else { return nil }
      skipSpace()
      guard take(UInt8(ascii: ":")) else { return nil }
      skipSpace()
      if Self.decodedString(key) == "id" {
        if let token = stringToken() { return Self.decodedString(token).map(ArticleID.string) }
        return numberToken().map { .number(String(decoding: $0, as: UTF8.self)) }
      }
      guard skipValue() else { return nil }
      skipSpace()
      guard take(UInt8(ascii: ",")) else { return nil }
    }
  }

  /// A string token, quotes included, when one starts here and ends on this line.
  private mutating func stringToken() -> UnsafeBufferPointer<UInt8>? {
    let start = offset
    guard take(UInt8(ascii: "\"")) else { return nil }
    while offset < bytes.count {
      switch bytes[offset] {
      case UInt8(ascii: "\""):
        offset += 1
        return UnsafeBufferPointer(rebasing: bytes[start..<offset])
      case UInt8(ascii: "\\"): offset += 2
      case 0..<0x20: return nil
      default: offset += 1
      }
    }
    return nil
  }

  /// A number token in JSON's grammar, ending where a member or the object ends.
  private mutating func numberToken() -> UnsafeBufferPointer<UInt8>? {
    let start = offset
    _ = take(UInt8(ascii: "-"))
    if !take(UInt8(ascii: "0")) { guard digits() else { return nil } }
    if take(UInt8(ascii: ".")) { guard digits() else { return nil } }
    if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
      _ = take(UInt8(ascii: "+")) || take(UInt8(ascii: "-"))
      guard digits() else { return nil }
    }
    let end = offset
    skipSpace()
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: ",") || bytes[offset] == UInt8(ascii: "}") else { return nil }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  /// Skips one value of any type; false when the line ends inside it.
  private mutating func skipValue() -> Bool {
    guard offset < bytes.count else { return false }
    switch bytes[offset] {
    case UInt8(ascii: "\""):
      return stringToken() != nil
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      var depth = 0
      while offset < bytes.count {
        switch bytes[offset] {
        case UInt8(ascii: "\""):
          guard stringToken() != nil else { return false }
          continue
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
          if depth == 0 {
            offset += 1
            return true
          }
        default:
          break
        }
        offset += 1
      }
      return false
    default:
      while offset < bytes.count, !Self.endsScalar(bytes[offset]) { offset += 1 }
      return offset < bytes.count
    }
  }

  private mutating func digits() -> Bool {
    let start = offset
    while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") { offset += 1 }
    return offset > start
  }

  private mutating func take(_ byte: UInt8) -> Bool {
    guard offset < bytes.count, bytes[offset] == byte else { return false }
    offset += 1
    return true
  }

  private mutating func skipSpace() {
    while offset < bytes.count, Self.isSpace(bytes[offset]) { offset += 1 }
  }

  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

  /// Whether `byte` ends a number or literal: what may follow a value.
  private static func endsScalar(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") || isSpace(byte)
  }

  /// The text of a string token: its bytes when plain valid UTF-8, escapes decoded by
  /// `JSONSerialization` otherwise; nil when it is not a valid JSON string.
  private static func decodedString(_ token: UnsafeBufferPointer<UInt8>) -> String? {
    let inner = UnsafeBufferPointer(rebasing: token.dropFirst().dropLast())
    if !inner.contains(UInt8(ascii: "\\")) {
      return TextFileReader.firstInvalidUTF8(inner) == nil ? String(decoding: inner, as: UTF8.self) : nil
    }
    return (try? JSONSerialization.jsonObject(with: Data(token), options: [.fragmentsAllowed])) as? String
  }
}
