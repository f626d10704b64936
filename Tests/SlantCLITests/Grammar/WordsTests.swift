import Testing
import SlantCLI
import SlantTerminal

@Suite struct WordsTests {
  @Test(arguments: [
    ("label 3 loaded", ["label", "3", "loaded"]),
    ("span \"sponsoring terrorism\" loaded", ["span", "sponsoring terrorism", "loaded"]),
    ("note 'it''s fine'", ["note", "its fine"]),
    ("span “so-called republics” scare-quote", ["span", "so-called republics", "scare-quote"]),
    ("note a\\ b  c", ["note", "a b", "c"]),
    ("find \"\"", ["find", ""]),
    ("note the outlet's own voice", ["note", "the", "outlet's", "own", "voice"]),
    ("note 'it's quoted'", ["note", "it's quoted"]),
    ("   ", []),
  ])
  func splitsLikeAShell(line: String, expected: [String]) throws {
    #expect(try Words.split(line) == expected)
  }

  @Test func unclosedQuoteIsAnError() {
    #expect(throws: Words.SplitError.unclosedQuote("\"")) { try Words.split("span \"open") }
  }
}
