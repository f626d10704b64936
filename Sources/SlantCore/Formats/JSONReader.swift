/// Reads JSON bytes into `JSONNode`s that know their lines, or only checks them, and says where
/// the first error is, because the errors of `JSONSerialization` and `JSONDecoder` on Linux do
/// not give a reliable line and column. The one JSON reader: sidecars and JSON Lines corpora are
/// checked with it before Foundation decodes them, imported files are read into nodes.
///
/// Stricter than RFC 8259 in three ways, so that what is read is what the file says: a key that
/// appears twice in one object is an error (readers disagree on which value wins), so is a
/// number that `JSONDecoder` cannot hold, an integer beyond 64 bits or a number beyond the range
/// of `Double`, which it would report only as "not valid JSON", and so is a `\u` escape of half
/// a surrogate pair. Arrays and objects may nest 512 deep.
///
/// It reads bytes, not `Character`s, because it runs before Foundation on every JSON Lines
/// record: measured with `slant-bench json` (release, 4,000 records of 2.5 KB, interleaved
/// medians, load 5 on 2 cores), a check reads 530-600 MB/s, adding about 30% to the time
/// `JSONSerialization` takes to parse the same records (165 MB/s); nodes of a whole 10 MB file
/// are built at 95-99 MB/s, 1.2-1.5 times Foundation's time, each knowing its line.
package struct JSONReader {
  /// A syntax error: its 1-based line and column (in Unicode scalars) and what was expected.
  package struct Failure: Error, Equatable {
    var line: Int
    var column: Int
    var reason: String
  }

  static let depthLimit = 512

  private let bytes: UnsafeBufferPointer<UInt8>
  /// Whether values are kept; a check only reads keys, to find duplicates.
  private let isBuilding: Bool
  private let firstLine: Int
  private var offset = 0
  private var line: Int

  private init(bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, isBuilding: Bool) {
    self.bytes = bytes
    self.firstLine = firstLine
    self.line = firstLine
    self.isBuilding = isBuilding
  }

  /// The first syntax error in `bytes`, or nil when they hold one valid JSON value.
  package static func firstError(in bytes: [UInt8]) -> Failure? {
    do {
      _ = try bytes.withUnsafeBufferPointer { buffer throws(Failure) in try parse(buffer, firstLine: 1, isBuilding: false) }
      return nil
    } catch {
      return error
    }
  }

  /// The value in `text`, whose first line is line `firstLine` of its file.
  /// - Throws: `Failure` (line counted from `firstLine`) when it is not one valid JSON value.
  package static func read(_ text: some StringProtocol, firstLine: Int = 1) throws(Failure) -> JSONNode {
    let bytes = Array(text.utf8)
    return try bytes.withUnsafeBufferPointer { buffer throws(Failure) in try parse(buffer, firstLine: firstLine, isBuilding: true) }
  }

  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, isBuilding: Bool) throws(Failure) -> JSONNode {
    var reader = JSONReader(bytes: bytes, firstLine: firstLine, isBuilding: isBuilding)
    if let invalid = TextFileReader.firstInvalidUTF8(bytes) { throw reader.failure(at: invalid, "not valid UTF-8") }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.offset = 3 }
    reader.skipSpace()
    let node = try reader.value(depth: 0)
    reader.skipSpace()
    if reader.offset < bytes.count { throw reader.failure(at: reader.offset, "unexpected text after the JSON value") }
    return node
  }

  private mutating func value(depth: Int) throws(Failure) -> JSONNode {
    guard depth < Self.depthLimit else { throw failure(at: offset, "nested too deeply") }
    guard offset < bytes.count else { throw failure(at: offset, "unexpected end of file; expected a value") }
    let startLine = line
    let value: JSONNode.Value
    switch bytes[offset] {
    case UInt8(ascii: "{"): value = try object(depth: depth)
    case UInt8(ascii: "["): value = try array(depth: depth)
    case UInt8(ascii: "\""):
      let contents = try string()
      value = isBuilding ? .string(text(of: contents)) : .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .number(try number())
    case UInt8(ascii: "t"):
      try literal("true")
      value = .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      value = .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      value = .null
    default: throw failure(at: offset, "expected a value")
    }
    return JSONNode(value: value, line: startLine)
  }

  private mutating func object(depth: Int) throws(Failure) -> JSONNode.Value {
    offset += 1
    skipSpace()
    var members: [(key: String, value: JSONNode)] = []
    if take(UInt8(ascii: "}")) { return .object(members) }
    var keys: Set<[UInt8]> = []
    while true {
      guard peek(UInt8(ascii: "\"")) else { throw failure(at: offset, "expected a string key") }
      let keyStart = offset
      let key = unescaped(try string())
      guard keys.insert(key).inserted else {
        throw failure(at: keyStart, "duplicate key \(String(decoding: bytes[keyStart..<offset], as: UTF8.self))")
      }
      skipSpace()
      guard take(UInt8(ascii: ":")) else { throw failure(at: offset, "expected ':'") }
      skipSpace()
      let member = try value(depth: depth + 1)
      if isBuilding { members.append((String(decoding: key, as: UTF8.self), member)) }
      skipSpace()
      if take(UInt8(ascii: "}")) { return .object(members) }
      guard take(UInt8(ascii: ",")) else { throw failure(at: offset, "expected ',' or '}'") }
      skipSpace()
    }
  }

  private mutating func array(depth: Int) throws(Failure) -> JSONNode.Value {
    offset += 1
    skipSpace()
    var items: [JSONNode] = []
    if take(UInt8(ascii: "]")) { return .array(items) }
    while true {
      let item = try value(depth: depth + 1)
      if isBuilding { items.append(item) }
      skipSpace()
      if take(UInt8(ascii: "]")) { return .array(items) }
      guard take(UInt8(ascii: ",")) else { throw failure(at: offset, "expected ',' or ']'") }
      skipSpace()
    }
  }

  /// Reads the string literal at the current quote and returns the range of its contents,
  /// between the quotes, escapes still written.
  private mutating func string() throws(Failure) -> Range<Int> {
    let start = offset
    offset += 1
    while offset < bytes.count {
      switch bytes[offset] {
      case UInt8(ascii: "\""):
        offset += 1
        return start + 1..<offset - 1
      case UInt8(ascii: "\\"):
        offset += 1
        guard offset < bytes.count else { break }
        switch bytes[offset] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          offset += 1
        case UInt8(ascii: "u"):
          let code = try hexEscape(at: offset - 1)
          offset += 5
          // A surrogate is half a character: readers refuse one that is not paired.
          if (0xD800..<0xDC00).contains(code) {
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u"),
              (0xDC00..<0xE000).contains(try hexEscape(at: offset))
            else { throw failure(at: offset - 6, "lone surrogate in a \\u escape; it is half of a character") }
            offset += 6
          } else if (0xDC00..<0xE000).contains(code) {
            throw failure(at: offset - 6, "lone surrogate in a \\u escape; it is half of a character")
          }
        default: throw failure(at: offset - 1, "invalid escape in a string")
        }
      case 0..<0x20: throw failure(at: offset, "control character in a string; write it as an escape such as \\n")
      default: offset += 1
      }
    }
    throw failure(at: start, "string is never closed")
  }

  /// The value of the `\uXXXX` escape whose backslash is at `start`.
  private func hexEscape(at start: Int) throws(Failure) -> UInt32 {
    guard start + 5 < bytes.count, let value = Self.hexValue(bytes[start + 2..<start + 6]) else {
      throw failure(at: start, "invalid \\u escape; expected four hex digits")
    }
    return value
  }

  /// The number written by four hex digits, or nil when one of them is not a hex digit.
  private static func hexValue(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32? {
    var value: UInt32 = 0
    for byte in digits {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): digit = (byte | 0x20) - UInt8(ascii: "a") + 10
      default: return nil
      }
      value = value << 4 + UInt32(digit)
    }
    return value
  }

  /// Reads a number and returns its value (0 when only checking), refusing one that an `Int64`
  /// or a `Double` cannot hold.
  private mutating func number() throws(Failure) -> Double {
    let start = offset
    var isInteger = true
    _ = take(UInt8(ascii: "-"))
    guard offset < bytes.count, Self.isDigit(bytes[offset]) else { throw failure(at: start, "invalid number") }
    if bytes[offset] == UInt8(ascii: "0") { offset += 1 } else { skipDigits() }
    if take(UInt8(ascii: ".")) {
      isInteger = false
      guard offset < bytes.count, Self.isDigit(bytes[offset]) else { throw failure(at: start, "invalid number") }
      skipDigits()
    }
    if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
      isInteger = false
      if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
      guard offset < bytes.count, Self.isDigit(bytes[offset]) else { throw failure(at: start, "invalid number") }
      skipDigits()
    }
    // Eighteen characters hold no integer beyond 64 bits: the common case needs no String.
    if isInteger, offset - start <= 18, !isBuilding { return 0 }
    let text = String(decoding: bytes[start..<offset], as: UTF8.self)
    if isInteger {
      guard Int64(text) != nil else { throw failure(at: start, "number \(text) is out of range (whole numbers are limited to 64 bits)") }
      return Double(text) ?? 0
    }
    let significand = bytes[start..<offset].prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
    let hasNonZeroDigit = significand.contains { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) }
    guard let value = Double(text), !value.isInfinite, value != 0 || !hasNonZeroDigit else {
      throw failure(at: start, "number \(text) is out of range")
    }
    return value
  }

  /// The text of a string's `contents`, escapes decoded.
  private func text(of contents: Range<Int>) -> String {
    let raw = bytes[contents]
    guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
    return String(decoding: unescaped(contents), as: UTF8.self)
  }

  /// The bytes a string's `contents` stand for, escapes decoded: to compare keys as a decoder
  /// does, and to build values. Called only on a string already read, so every escape is
  /// complete and every surrogate paired.
  private func unescaped(_ contents: Range<Int>) -> [UInt8] {
    let raw = bytes[contents]
    guard raw.contains(UInt8(ascii: "\\")) else { return Array(raw) }
    var result: [UInt8] = []
    result.reserveCapacity(raw.count)
    var index = contents.lowerBound
    while index < contents.upperBound {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "\\") else {
        result.append(byte)
        index += 1
        continue
      }
      let escape = bytes[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "b"): result.append(0x08)
      case UInt8(ascii: "f"): result.append(0x0C)
      case UInt8(ascii: "n"): result.append(0x0A)
      case UInt8(ascii: "r"): result.append(0x0D)
      case UInt8(ascii: "t"): result.append(0x09)
      case UInt8(ascii: "u"):
        var code = Self.hexValue(bytes[index..<index + 4]) ?? 0xFFFD
        index += 4
        if (0xD800..<0xDC00).contains(code) {
          code = 0x10000 + ((code - 0xD800) << 10) + ((Self.hexValue(bytes[index + 2..<index + 6]) ?? 0xDC00) - 0xDC00)
          index += 6
        }
        result += String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8
      default: result.append(escape)  // \" \\ \/
      }
    }
    return result
  }

  private mutating func literal(_ word: StaticString) throws(Failure) {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard bytes.count - offset >= expected.count, bytes[offset..<offset + expected.count].elementsEqual(expected) else {
      throw failure(at: offset, "expected a value")
    }
    offset += expected.count
  }

  private mutating func skipDigits() {
    while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
  }

  /// Skips white space, counting the lines it ends.
  private mutating func skipSpace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x0A: line += 1
      case 0x20, 0x09, 0x0D: break
      default: return
      }
      offset += 1
    }
  }

  private func peek(_ byte: UInt8) -> Bool { offset < bytes.count && bytes[offset] == byte }

  /// Steps over `byte` when it is next; whether it was.
  private mutating func take(_ byte: UInt8) -> Bool {
    guard peek(byte) else { return false }
    offset += 1
    return true
  }

  private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

  /// A failure at the byte `offset`, with its line (from `firstLine`) and column counted in scalars.
  private func failure(at offset: Int, _ reason: String) -> Failure {
    var line = firstLine, column = 1
    for byte in bytes[..<min(offset, bytes.count)] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if !UTF8.isContinuation(byte) {
        column += 1
      }
    }
    let atEnd = offset >= bytes.count && !reason.hasPrefix("unexpected end")
    return Failure(line: line, column: column, reason: atEnd ? "unexpected end of file; \(reason)" : reason)
  }
}
