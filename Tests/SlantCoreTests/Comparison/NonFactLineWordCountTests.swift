import Testing

@testable import SlantCore

/// `NonFactLine` counts a line's words by its bytes: the count must be that of splitting the
/// folded line at space and tab characters, which its length rules were written against.
@Suite struct NonFactLineWordCountTests {
  @Test(arguments: [
    "ISLAMABAD:", "By Jane Smith and Ali Khan", "\tReporting by\tAli  Khan ", "“Quoted,” she said — twice.", "", " \t ",
    "a \u{301}b c", "x \u{600} 12 y", "ÉTÉ À PARIS -REUTERS", "Ελλάδα και Κύπρος", "東京 の 会議",
  ])
  func countsTheWordsOfSplittingAtSpacesAndTabs(text: String) {
    let expected = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).count
    #expect(NonFactLine.wordCount(text) == expected)
  }
}
