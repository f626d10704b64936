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
