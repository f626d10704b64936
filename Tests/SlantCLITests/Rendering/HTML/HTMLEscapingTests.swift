import Testing
@testable import SlantCLI
import SlantTerminal

@Suite struct HTMLEscapingTests {
  @Test(arguments: [
    ("plain words", "plain words"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
    ("Tom & Jerry's", "Tom &amp; Jerry&#39;s"),
    ("“curly” — dash, café", "“curly” — dash, café"),
    ("bell\u{07}and\u{0}null", "bell\u{FFFD}and\u{FFFD}null"),
    ("tab\tline\nend\r", "tab\tline\nend\r"),
    ("not XML \u{FFFE}\u{FFFF}", "not XML \u{FFFD}\u{FFFD}"),
  ])
  func escapesMarkupAndCharactersXMLForbids(text: String, expected: String) {
    #expect(HTMLEscaping.escaped(text) == expected)
    #expect(HTMLEscaping.escaped(text.dropFirst(0)) == expected)
  }

  @Test func writerEscapesAttributeValuesAndSkipsMissingOnes() {
    var html = HTMLWriter()
    html.element("a", ["href": "x\" onclick=\"alert(1)", "title": nil], text: "<b>")
    #expect(String(decoding: html.bytes, as: UTF8.self) == "<a href=\"x&quot; onclick=&quot;alert(1)\">&lt;b&gt;</a>")
  }
}
