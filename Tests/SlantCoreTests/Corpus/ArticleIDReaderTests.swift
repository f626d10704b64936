import SlantCore
import Testing

@Suite struct ArticleIDReaderTests {
  @Test(arguments: [
    (#"{"id": "a-1", "text": "x"}"#, ArticleID.string("a-1")),
    (#"{"text": "x", "id": "late"}"#, .string("late")),
    (#"  {"id":17,"text":"x"}"#, .number("17")),
    (#"{"id": -1.50e+3 }"#, .number("-1.50e+3")),
    (#"{"id": "caf\u00e9 \"q\""}"#, .string("café \"q\"")),
    (#"{"\u0069d": "escaped key"}"#, .string("escaped key")),
    (#"{"meta": {"id": "inner", "list": [1, "}", {"a": []}]}, "n": null, "ok": true, "id": "outer"}"#, .string("outer")),
    (#"{"id": "cut-2", "outlet": "Wire", "text": "The bridge was"#, .string("cut-2")),
    (#"{"id": "x", "text": "unescaped " quote"}"#, .string("x")),
  ])
  func readsTheTopLevelID(line: String, expected: ArticleID) {
    #expect(ArticleIDReader.id(in: Array(line.utf8)) == expected)
  }

  @Test(arguments: [
    #"{"text": "x"}"#,
    #"{"text": "The bridge was cut before the id", "id": "late"#,
    #"{"id": "unterminated"#,
    #"{"id": 12"#,
    #"{"id": 012}"#,
    #"{"id": null}"#,
    #"{"id": ["a"]}"#,
    "{\"id\": \"tab\tinside\"}",
    #"not json"#,
    #"["id", "a"]"#,
    "",
  ])
  func findsNoneWhereItCannotBeRead(line: String) {
    #expect(ArticleIDReader.id(in: Array(line.utf8)) == nil)
  }

  @Test func aNumberIDIsWrittenBackAsWritten() {
    var json = JSONBytes()
    ArticleID.number("1.50").append(to: &json)
    json.raw(",")
    ArticleID.string("say \"hi\"").append(to: &json)
    #expect(String(decoding: json.bytes, as: UTF8.self) == #"1.50,"say \"hi\"""#)
  }
}
