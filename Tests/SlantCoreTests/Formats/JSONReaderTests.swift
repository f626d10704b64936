import Testing

@testable import SlantCore

/// The one JSON reader, read directly: the values it builds, the lines they start on, and the
/// line, column and reason of each error, which a check alone must report the same way.
@Suite struct JSONReaderTests {
  /// The reader's error for `text` as `line:column: reason`, after checking that a check alone
  /// finds the same one.
  private func failure(_ text: String) -> String? {
    let checked = JSONReader.firstError(in: Array(text.utf8))
    do {
      _ = try JSONReader.read(text)
      #expect(checked == nil, "read accepted what the check refused")
      return nil
    } catch {
      #expect(checked == error, "read and check disagree")
      return "\(error.line):\(error.column): \(error.reason)"
    }
  }

  @Test func buildsValuesInFileOrderWithTheLinesTheyStartOn() throws {
    let text = "{\n  \"b\": [1, -2.5e1, true, false, null],\n  \"a\": {\"c\": \"d\"},\n\n  \"e\": \"x\"\n}"
    let node = try JSONReader.read(text, firstLine: 10)
    #expect(node.line == 10)
    #expect(node.keys == ["b", "a", "e"])
    let items = try #require(node["b"]?.array)
    #expect(items.map(\.kind) == ["a number", "a number", "a boolean", "a boolean", "null"])
    #expect(items[0].integer == 1)
    guard case .number(let number) = items[1].value else { Issue.record("not a number"); return }
    #expect(number == -25)
    guard case .bool(let flag) = items[3].value else { Issue.record("not a boolean"); return }
    #expect(!flag)
    #expect(node["b"]?.line == 11)
    #expect(node["a"]?["c"]?.string == "d")
    #expect(node["a"]?.line == 12)
    #expect(node["e"]?.line == 14)
  }

  @Test func decodesEveryEscapeAndJoinsSurrogatePairs() throws {
    let node = try JSONReader.read(#"["\"\\\/\b\f\n\r\t", "caf\u00e9 \u00E9", "\ud83d\ude00!", "\uD83D\uDE00", "\u2028"]"#)
    #expect(node.array?.compactMap(\.string) == ["\"\\/\u{08}\u{0C}\n\r\t", "café é", "😀!", "😀", "\u{2028}"])
  }

  @Test func keysCompareAsDecoded() throws {
    #expect(failure(#"{"id": 1, "\u0069d": 2}"#) == #"1:11: duplicate key "\u0069d""#)
    #expect(failure(#"{"😀": 1, "\ud83d\ude00": 2}"#) == #"1:10: duplicate key "\ud83d\ude00""#)
    // The same key in two objects is not a duplicate.
    #expect(failure(#"[{"id": 1}, {"id": 2}]"#) == nil)
    #expect(try JSONReader.read(#"{"\u0069d": 7}"#)["id"]?.integer == 7)
  }

  @Test(arguments: [
    (#""a\ud800""#, #"1:3: lone surrogate in a \u escape; it is half of a character"#),
    (#""\ud800\u0041""#, #"1:2: lone surrogate in a \u escape; it is half of a character"#),
    (#""\udc00""#, #"1:2: lone surrogate in a \u escape; it is half of a character"#),
    (#""\u12g4""#, #"1:2: invalid \u escape; expected four hex digits"#),
    (#""\u12""#, #"1:2: invalid \u escape; expected four hex digits"#),
    (#""\x""#, "1:2: invalid escape in a string"),
    ("\"a\tb\"", #"1:3: control character in a string; write it as an escape such as \n"#),
    ("[\"open", "1:2: string is never closed"),
  ])
  func refusesBadStrings(text: String, expected: String) {
    #expect(failure(text) == expected)
  }

  @Test(arguments: [
    "0", "-0", "12.5", "1e3", "1E+3", "2.5e-3", "0e-999", "9223372036854775807", "-9223372036854775808", "1e308",
  ])
  func acceptsNumbersADecoderCanHold(text: String) throws {
    #expect(failure(text) == nil)
    guard case .number(let value) = try JSONReader.read(text).value else { Issue.record("not a number"); return }
    #expect(value == Double(text))
  }

  @Test(arguments: [
    ("9223372036854775808", "1:1: number 9223372036854775808 is out of range (whole numbers are limited to 64 bits)"),
    ("[1, 1e400]", "1:5: number 1e400 is out of range"),
    ("-2e-999", "1:1: number -2e-999 is out of range"),
    ("01", "1:2: unexpected text after the JSON value"),
    ("1.", "1:1: invalid number"),
    ("[1.x]", "1:2: invalid number"),
    ("1e", "1:1: invalid number"),
    ("-", "1:1: invalid number"),
    (".5", "1:1: expected a value"),
    ("+1", "1:1: expected a value"),
  ])
  func refusesNumbersOutOfRangeOrMisspelt(text: String, expected: String) {
    #expect(failure(text) == expected)
  }

  @Test(arguments: [
    ("", "1:1: unexpected end of file; expected a value"),
    ("{\"a\": 1,\n  \"b\" 2}", "2:7: expected ':'"),
    ("{\"a\": 1 \"b\": 2}", "1:9: expected ',' or '}'"),
    ("[1 2]", "1:4: expected ',' or ']'"),
    ("{\"a\": 1,}", "1:9: expected a string key"),
    ("[1,]", "1:4: expected a value"),
    ("{\"é\": tru}", "1:7: expected a value"),
    ("{\"é\": \"ü\"} x", "1:12: unexpected text after the JSON value"),
    ("[\n\n  {\"a\": [1,", "3:12: unexpected end of file; expected a value"),
    ("\u{FEFF}{}", nil),
    (" \r\n\t{} \n", nil),
  ] as [(String, String?)])
  func findsTheLineAndColumnInScalars(text: String, expected: String?) {
    #expect(failure(text) == expected)
  }

  @Test func countsLinesFromTheFirstLineOfTheRecord() {
    #expect(throws: JSONReader.Failure(line: 8, column: 4, reason: "expected ',' or ']'")) {
      try JSONReader.read("[\n[1 2]]", firstLine: 7)
    }
  }

  @Test func refusesBytesThatAreNotUTF8() {
    #expect(JSONReader.firstError(in: Array("[\"ab".utf8) + [0xFF, 0x22, 0x5D]) == JSONReader.Failure(line: 1, column: 5, reason: "not valid UTF-8"))
  }

  @Test func nestsUpToItsLimitAndNoDeeper() throws {
    let deepest = JSONReader.depthLimit
    let allowed = String(repeating: "[", count: deepest) + String(repeating: "]", count: deepest)
    #expect(failure(allowed) == nil)
    var node = try JSONReader.read(allowed)
    var depth = 1
    while let inner = node.array?.first {
      node = inner
      depth += 1
    }
    #expect(depth == deepest)
    let tooDeep = String(repeating: "[", count: deepest + 1) + String(repeating: "]", count: deepest + 1)
    #expect(failure(tooDeep) == "1:\(deepest + 1): nested too deeply")
  }
}
