/// Reads JSON text into `JSONNode`s that know their lines. Syntax is checked first by
/// `JSONSyntaxChecker`, whose errors carry a line and column; this reader then only builds values.
struct JSONNodeReader {
  private let bytes: [UInt8]
  private var offset = 0
  private var line: Int

  private init(bytes: [UInt8], line: Int) {
    self.bytes = bytes
    self.line = line
  }

  /// The value in `text`, whose first line is line `firstLine` of its file.
  /// - Throws: `JSONSyntaxChecker.Failure` (line counted from `firstLine`) when it is not one JSON value.
  static func read(_ text: some StringProtocol, firstLine: Int = 1) throws(JSONSyntaxChecker.Failure) -> JSONNode {
    let bytes = Array(text.utf8)
    if var failure = JSONSyntaxChecker.firstError(in: bytes) {
      failure.line += firstLine - 1
      throw failure
    }
    var reader = JSONNodeReader(bytes: bytes, line: firstLine)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.offset = 3 }
    reader.skipSpace()
    return reader.value()
  }

  private mutating func value() -> JSONNode {
    let startLine = line
    guard offset < bytes.count else { return JSONNode(value: .null, line: startLine) }
    switch bytes[offset] {
    case UInt8(ascii: "{"):
      offset += 1
      var members: [(key: String, value: JSONNode)] = []
      while skipSpace(), offset < bytes.count, bytes[offset] != UInt8(ascii: "}") {
        if bytes[offset] == UInt8(ascii: ",") {
          offset += 1
          continue
        }
        let key = string()
        skipSpace()
        offset += 1  // the ':'
        skipSpace()
        members.append((key, value()))
      }
      offset += 1
      return JSONNode(value: .object(members), line: startLine)
    case UInt8(ascii: "["):
      offset += 1
      var items: [JSONNode] = []
      while skipSpace(), offset < bytes.count, bytes[offset] != UInt8(ascii: "]") {
        if bytes[offset] == UInt8(ascii: ",") {
          offset += 1
          continue
        }
        items.append(value())
      }
      offset += 1
      return JSONNode(value: .array(items), line: startLine)
    case UInt8(ascii: "\""):
      return JSONNode(value: .string(string()), line: startLine)
    case UInt8(ascii: "t"), UInt8(ascii: "f"):
      let isTrue = bytes[offset] == UInt8(ascii: "t")
      offset += isTrue ? 4 : 5
      return JSONNode(value: .bool(isTrue), line: startLine)
    case UInt8(ascii: "n"):
      offset += 4
      return JSONNode(value: .null, line: startLine)
    default:
      let start = offset
      while offset < bytes.count, "+-.0123456789eE".utf8.contains(bytes[offset]) { offset += 1 }
      return JSONNode(value: .number(Double(String(decoding: bytes[start..<offset], as: UTF8.self)) ?? 0), line: startLine)
    }
  }

  /// A string literal starting at the current quote, escapes decoded (surrogate pairs joined).
  private mutating func string() -> String {
    offset += 1
    var utf8: [UInt8] = []
    var pendingHigh: UInt32?
    while offset < bytes.count, bytes[offset] != UInt8(ascii: "\"") {
      let byte = bytes[offset]
      offset += 1
      guard byte == UInt8(ascii: "\\"), offset < bytes.count else {
        if pendingHigh != nil {
          utf8 += [0xEF, 0xBF, 0xBD]
          pendingHigh = nil
        }
        if byte == 0x0A { line += 1 }
        utf8.append(byte)
        continue
      }
      let escape = bytes[offset]
      offset += 1
      if pendingHigh != nil, escape != UInt8(ascii: "u") {
        utf8 += [0xEF, 0xBF, 0xBD]  // a lone high surrogate becomes U+FFFD
        pendingHigh = nil
      }
      switch escape {
      case UInt8(ascii: "n"): utf8.append(0x0A)
      case UInt8(ascii: "t"): utf8.append(0x09)
      case UInt8(ascii: "r"): utf8.append(0x0D)
      case UInt8(ascii: "b"): utf8.append(0x08)
      case UInt8(ascii: "f"): utf8.append(0x0C)
      case UInt8(ascii: "u"):
        let hex = String(decoding: bytes[offset..<min(offset + 4, bytes.count)], as: UTF8.self)
        offset += 4
        let unit = UInt32(hex, radix: 16) ?? 0xFFFD
        var scalarValue = unit
        if let high = pendingHigh, (0xDC00..<0xE000).contains(unit) {
          scalarValue = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
        } else if pendingHigh != nil {
          utf8 += [0xEF, 0xBF, 0xBD]
        }
        pendingHigh = nil
        if (0xD800..<0xDC00).contains(unit) {
          pendingHigh = unit
          continue
        }
        let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
        utf8 += Array(String(scalar).utf8)
      default: utf8.append(escape)  // \" \\ \/
      }
      pendingHigh = nil
    }
    if pendingHigh != nil { utf8 += [0xEF, 0xBF, 0xBD] }
    offset += 1
    return String(decoding: utf8, as: UTF8.self)
  }

  @discardableResult
  private mutating func skipSpace() -> Bool {
    while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) {
      if bytes[offset] == 0x0A { line += 1 }
      offset += 1
    }
    return true
  }
}
