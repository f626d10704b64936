import SlantTerminal
import Testing

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("plain", 5), ("café", 4), ("e\u{301}", 1), ("“so-called”", 11), ("東京", 4), ("한국", 4), ("😀", 2),
    ("\u{1B}[1;31mred\u{1B}[0m> ", 5), ("\u{1B}]0;title\u{07}x", 1),
  ])
  func countsColumnsAsATerminalShowsThem(text: String, columns: Int) {
    #expect(DisplayWidth.columns(of: text) == columns)
  }

  @Test func stripsEscapesAndKeepsTheText() {
    #expect(DisplayWidth.withoutEscapes("\u{1B}[1mNews18\u{1B}[0m 2/5> ") == "News18 2/5> ")
  }
}
