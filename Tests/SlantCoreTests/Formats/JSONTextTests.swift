import Foundation
import Testing
import SlantCore

@Suite struct JSONTextTests {
  @Test func escapesWhatJSONRequiresAndKeepsUnicode() {
    #expect(JSONText.quoted("a\"b\\c\nd\te\u{01}“é”") == "\"a\\\"b\\\\c\\nd\\te\\u0001“é”\"")
  }

  @Test func writtenObjectsParseBackWithFoundation() throws {
    let text = "He said: \"no\"\r\n\u{2028}Zürich"
    let line = JSONText.object(["text": JSONText.quoted(text), "start": "3", "outlet": JSONText.quotedOrNull(nil)])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(object["text"] as? String == text)
    #expect(object["start"] as? Int == 3)
    #expect(object["outlet"] is NSNull)
  }
}

@Suite struct JSONBytesTests {
  /// Three-decimal numbers are written from their thousandths as the general path writes the
  /// rounded double: every thousandth, values on either side of each rounding step, and the ends.
  @Test func writesThousandthsAsTheRoundedDouble() {
    var values: [Double] = [0, 1, -0.2, 1.5, 0.0004, 0.0005, 0.9994, 0.9996, .nan, .infinity]
    for k in 0...1000 {
      let value = Double(k) / 1000
      values += [value, value + 0.0004, value - 0.0004, value + 0.0005, value - 0.0005, value.nextUp, value.nextDown]
    }
    for value in values {
      var fast = JSONBytes(), general = JSONBytes()
      fast.number(thousandths: value)
      general.number((value * 1000).rounded() / 1000)
      #expect(fast.bytes == general.bytes, "\(value)")
    }
  }

  @Test func escapesEveryCharacterJSONRequires() throws {
    var json = JSONBytes()
    let text = "q\"b\\n\n\r\t\u{01}\u{1F}\u{2028}\u{2029}—“é”😀"
    json.string(text)
    #expect(String(decoding: json.bytes, as: UTF8.self) == #""q\"b\\n\n\r\t\u0001\u001f\u2028\u2029—“é”😀""#)
    let parsed = try JSONSerialization.jsonObject(with: Data(json.bytes), options: [.fragmentsAllowed]) as? String
    #expect(parsed == text)
  }

  /// Plain text is skipped eight bytes at a time; an escape must be found wherever it falls.
  @Test(arguments: ["\"", "\\", "\n", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "—", "é"])
  func findsAnEscapeAtEveryOffsetOfALongRun(special: String) throws {
    for offset in 0...20 {
      let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 20 - offset)
      var json = JSONBytes()
      json.string(text)
      let parsed = try JSONSerialization.jsonObject(with: Data(json.bytes), options: [.fragmentsAllowed]) as? String
      #expect(parsed == text, "escape at offset \(offset)")
      let written = String(decoding: json.bytes, as: UTF8.self)
      #expect(written.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0 != "\u{2028}" && $0 != "\u{2029}" }, "raw control at offset \(offset)")
    }
  }

  /// The escaper jumps to the first byte of eight that may need an escape: on random mixes of
  /// plain bytes, escapes and lead bytes of three-byte characters it writes what escaping one
  /// byte at a time writes.
  @Test func escapesRandomTextAsAByteAtATimeEscaperDoes() {
    let pieces: [[UInt8]] = [
      [0x61], [0x20], [0x22], [0x5C], [0x0A], [0x0D], [0x09], [0x01], [0x1F], [0x7F], [0xC3, 0xA9],
      [0xE2, 0x80, 0x99], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xE2, 0x80], [0xE2], [0xF0, 0x9F, 0x98, 0x80],
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2_000 {
      var text: [UInt8] = []
      for _ in 0..<Int.random(in: 0...40, using: &generator) {
        text += Int.random(in: 0..<3, using: &generator) == 0 ? pieces.randomElement(using: &generator)! : [0x61]
      }
      var json = JSONBytes()
      text.withUnsafeBufferPointer { json.string(utf8: $0) }
      #expect(json.bytes == Self.escapedByteByByte(text), "\(text)")
    }
  }

  /// The reference: JSON's escapes and the two line separators, one byte at a time.
  static func escapedByteByByte(_ text: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x22]
    var index = 0
    while index < text.count {
      let byte = text[index]
      if byte == 0xE2, index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] == 0xA8 || text[index + 2] == 0xA9 {
        out += Array((text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
        index += 3
        continue
      }
      switch byte {
      case 0x22: out += Array("\\\"".utf8)
      case 0x5C: out += Array("\\\\".utf8)
      case 0x0A: out += Array("\\n".utf8)
      case 0x0D: out += Array("\\r".utf8)
      case 0x09: out += Array("\\t".utf8)
      case ..<0x20: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
      default: out.append(byte)
      }
      index += 1
    }
    return out + [0x22]
  }

  /// Digits are written two at a time: every digit count and the edges of each must read right.
  @Test func writesEveryIntegerAsSwiftPrintsIt() {
    var values = [0, 9, 10, 11, 99, 100, 101, 999, 1_000, 9_999, 10_000, 99_999, 100_000, 1_234_567, Int.max, Int.min]
    var generator = SystemRandomNumberGenerator()
    values += (0..<500).map { _ in Int.random(in: -1_000_000_000...1_000_000_000, using: &generator) }
    for value in values {
      var json = JSONBytes()
      json.number(value)
      #expect(String(decoding: json.bytes, as: UTF8.self) == String(value))
    }
  }

  @Test func writesNumbersAndLiterals() {
    var json = JSONBytes()
    json.raw("[")
    for number in [0, 7, -12, 1_234_567] {
      json.number(number)
      json.raw(",")
    }
    json.number(1.0)
    json.raw(",")
    json.number(2.5)
    json.raw(",")
    json.bool(true)
    json.raw(",")
    json.stringOrNull(nil)
    json.raw("]")
    #expect(String(decoding: json.bytes, as: UTF8.self) == "[0,7,-12,1234567,1,2.5,true,null]")
  }
}
