/// Finds the first syntax error in JSON text and where it is, because the errors of
/// `JSONSerialization` and `JSONDecoder` on Linux do not give a reliable line and column.
///
/// Stricter than RFC 8259 in two ways, so that what is read is what the file says: a key that
/// appears twice in one object is an error (readers disagree on which value wins, and ours would
/// take the first), and so is a number that `JSONDecoder` cannot hold, an integer beyond 64 bits
/// or a number beyond the range of `Double`, which it would report only as "not valid JSON".
struct JSONSyntaxChecker {
  /// A syntax error: its 1-based line and column (in Unicode scalars) and what was expected.
  struct Failure: Equatable {
    var line: Int
    var column: Int
    var reason: String
  }

  private static let depthLimit = 512

  private let bytes: [UInt8]
  private var offset = 0

  private init(bytes: [UInt8]) { self.bytes = bytes }

  /// The first syntax error in `bytes`, or nil when they hold one valid JSON value.
  static func firstError(in bytes: [UInt8]) -> Failure? {
    var checker = JSONSyntaxChecker(bytes: bytes)
    if let invalid = bytes.withUnsafeBufferPointer({ TextFileReader.firstInvalidUTF8($0) }) {
      return checker.failure(at: invalid, "not valid UTF-8")
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { checker.offset = 3 }
    do {
      checker.skipSpace()
      try checker.value(depth: 0)
      checker.skipSpace()
      if checker.offset < bytes.count { return checker.failure(at: checker.offset, "unexpected text after the JSON value") }
      return nil
    } catch let failure as Failure {
      return failure
    } catch {
      return checker.failure(at: checker.offset, "\(error)")
    }
  }

  private mutating func value(depth: Int) throws {
    guard depth < Self.depthLimit else { throw failure(at: offset, "nested too deeply") }
    guard offset < bytes.count else { throw failure(at: offset, "unexpected end of file; expected a value") }
    switch bytes[offset] {
    case UInt8(ascii: "{"): try object(depth: depth)
    case UInt8(ascii: "["): try array(depth: depth)
    case UInt8(ascii: "\""): try string()
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    default: throw failure(at: offset, "expected a value")
    }
  }

  private mutating func object(depth: Int) throws {
    offset += 1
    skipSpace()
    if peek(UInt8(ascii: "}")) { return offset += 1 }
    var keys: Set<[UInt8]> = []
    while true {
      guard peek(UInt8(ascii: "\"")) else { throw failure(at: offset, "expected a string key") }
      let keyStart = offset
      try string()
      guard keys.insert(Self.unescaped(bytes[keyStart + 1..<offset - 1])).inserted else {
        throw failure(at: keyStart, "duplicate key \(String(decoding: bytes[keyStart..<offset], as: UTF8.self))")
      }
      skipSpace()
      guard peek(UInt8(ascii: ":")) else { throw failure(at: offset, "expected ':'") }
      offset += 1
      skipSpace()
      try value(depth: depth + 1)
      skipSpace()
      if peek(UInt8(ascii: "}")) { return offset += 1 }
      guard peek(UInt8(ascii: ",")) else { throw failure(at: offset, "expected ',' or '}'") }
      offset += 1
      skipSpace()
    }
  }

  private mutating func array(depth: Int) throws {
    offset += 1
    skipSpace()
    if peek(UInt8(ascii: "]")) { return offset += 1 }
    while true {
      try value(depth: depth + 1)
      skipSpace()
      if peek(UInt8(ascii: "]")) { return offset += 1 }
      guard peek(UInt8(ascii: ",")) else { throw failure(at: offset, "expected ',' or ']'") }
      offset += 1
      skipSpace()
    }
  }

  private mutating func string() throws {
    let start = offset
    offset += 1
    while offset < bytes.count {
      let byte = bytes[offset]
      switch byte {
      case UInt8(ascii: "\""):
        offset += 1
        return
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

  /// The value of the `\\uXXXX` escape whose backslash is at `start`.
  private func hexEscape(at start: Int) throws -> UInt32 {
    var value: UInt32 = 0
    for index in 2...5 {
      guard start + index < bytes.count, Self.isHexDigit(bytes[start + index]) else {
        throw failure(at: start, "invalid \\u escape; expected four hex digits")
      }
      value = value << 4 + UInt32(Self.hexDigitValue(bytes[start + index]))
    }
    return value
  }

  private static func hexDigitValue(_ byte: UInt8) -> UInt8 { isDigit(byte) ? byte - UInt8(ascii: "0") : (byte | 0x20) - UInt8(ascii: "a") + 10 }

  private mutating func number() throws {
    let start = offset
    if peek(UInt8(ascii: "-")) { offset += 1 }
    guard offset < bytes.count, Self.isDigit(bytes[offset]) else { throw failure(at: start, "invalid number") }
    if bytes[offset] == UInt8(ascii: "0") { offset += 1 } else { skipDigits() }
    if peek(UInt8(ascii: ".")) {
      offset += 1
      guard offset < bytes.count, Self.isDigit(bytes[offset]) else { throw failure(at: start, "invalid number") }
      skipDigits()
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      offset += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { offset += 1 }
      guard offset < bytes.count, Self.isDigit(bytes[offset]) else { throw failure(at: start, "invalid number") }
      skipDigits()
    }
    if let problem = Self.rangeProblem(of: bytes[start..<offset]) { throw failure(at: start, problem) }
  }

  /// Why the number `text` cannot be read into an `Int` or a `Double`, or nil when it can.
  private static func rangeProblem(of text: ArraySlice<UInt8>) -> String? {
    let number = String(decoding: text, as: UTF8.self)
    let isInteger = !text.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    if isInteger {
      return Int64(number) == nil ? "number \(number) is out of range (whole numbers are limited to 64 bits)" : nil
    }
    guard let value = Double(number) else { return "number \(number) is out of range" }
    let hasNonZeroDigit = text.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }.contains { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) }
    if value.isInfinite || (value == 0 && hasNonZeroDigit) { return "number \(number) is out of range" }
    return nil
  }

  /// The bytes a JSON string's contents stand for, escapes decoded, to compare keys as a reader
  /// does. Called only on a string the checker has read, so every escape is complete.
  private static func unescaped(_ contents: ArraySlice<UInt8>) -> [UInt8] {
    guard contents.contains(UInt8(ascii: "\\")) else { return Array(contents) }
    var result: [UInt8] = []
    var index = contents.startIndex
    func hexValue(at start: Int) -> UInt32 { UInt32(String(decoding: contents[start..<start + 4], as: UTF8.self), radix: 16) ?? 0xFFFD }
    while index < contents.endIndex {
      let byte = contents[index]
      guard byte == UInt8(ascii: "\\") else {
        result.append(byte)
        index += 1
        continue
      }
      let escape = contents[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "b"): result.append(0x08)
      case UInt8(ascii: "f"): result.append(0x0C)
      case UInt8(ascii: "n"): result.append(0x0A)
      case UInt8(ascii: "r"): result.append(0x0D)
      case UInt8(ascii: "t"): result.append(0x09)
      case UInt8(ascii: "u"):
        var code = hexValue(at: index)
        index += 4
        // The checker has made sure that a high surrogate is followed by an escaped low one.
        if (0xD800..<0xDC00).contains(code) {
          code = 0x10000 + ((code - 0xD800) << 10) + (hexValue(at: index + 2) - 0xDC00)
          index += 6
        }
        result += Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
      default: result.append(escape)
      }
    }
    return result
  }

  private mutating func literal(_ word: String) throws {
    let expected = Array(word.utf8)
    guard bytes.count - offset >= expected.count, Array(bytes[offset..<offset + expected.count]) == expected else {
      throw failure(at: offset, "expected a value")
    }
    offset += expected.count
  }

  private mutating func skipDigits() {
    while offset < bytes.count, Self.isDigit(bytes[offset]) { offset += 1 }
  }

  private mutating func skipSpace() {
    while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
  }

  private func peek(_ byte: UInt8) -> Bool { offset < bytes.count && bytes[offset] == byte }

  private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

  private static func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20) }

  /// A failure at the byte `offset`, with its line and column counted in scalars.
  private func failure(at offset: Int, _ reason: String) -> Failure {
    var line = 1, column = 1
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

extension JSONSyntaxChecker.Failure: Error {}
