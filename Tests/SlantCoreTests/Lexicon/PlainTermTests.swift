import Testing
@testable import SlantCore

/// The plain-term fast path of the lexicon parser must read a line exactly as the general path
/// does, and leave every other line to it.
@Suite struct PlainTermTests {
  static let plainLines = [
    "brutal", "Brutal", "  rogue  ", "\tsponsoring   terrorism\t", "Sponsoring\tTerrorism", "terror*", "Missile* defence",
    "abcd*", "a b c", "HTTP", "www", "https", "so-called", "don't", "abc1", "Covid-19", "Rock'n'Roll", "al-Qaeda fighters",
  ]

  static let generalLines = [
    "", "   ", "# comment", "[loaded.negative] Negative.", "pseudo-*", "don’t", "café", "naïve*", "a--b", "a-", "a'", "'a", "a-b*",
    "abc1*", "abcd'*", "a'1", "1990s", "-a", "a -b", "war*", "ter*ror", "terror**", "*", "abcd *", "mr.", "no, never", "brutal | weight 2", "regime -> government",
    "word #hash", "e\u{A0}f", "\u{A0}nbsp", "nbsp\u{A0}", "\u{FEFF}bom", "a\u{0B}b", "cr\r", "under_score",
  ]

  func jsonMembers(_ entry: LexiconEntry) -> [UInt8] {
    var json = JSONBytes()
    entry.appendJSONMembers(to: &json)
    return json.bytes
  }

  func citation(_ entry: LexiconEntry) -> String {
    var text = ""
    entry.appendCitation(to: &text)
    return text
  }

  func plainTerm(_ line: String) -> (term: String, words: [String])? {
    var line = line
    return line.withUTF8 { LexiconTerm.plainTerm(in: $0) }
  }

  @Test(arguments: plainLines)
  func readsAPlainLineAsTheGeneralPathDoes(line: String) throws {
    let plain = try #require(plainTerm(line))
    let term = line.trimmingSpaces
    #expect(plain.term == term)
    #expect(plain.words == (try LexiconTerm.words(of: term).get()))
  }

  @Test(arguments: generalLines)
  func leavesEveryOtherLineToTheGeneralPath(line: String) {
    #expect(plainTerm(line) == nil)
  }

  /// A field ending in a no-break space, which only the general path trims, forces that path, so
  /// the same lines with and without `| weight 1\u{A0}` must give the same entries and problems.
  @Test func parsesPlainLinesLikeTheGeneralPath() {
    let lines = Self.plainLines + ["brutal", "BRUTAL  ", "sponsoring terrorism", "war*", "ter*ror", "so-called"]
    let plain = "[loaded.negative] Negative.\n" + lines.joined(separator: "\n")
    let general = "[loaded.negative] Negative.\n" + lines.map { $0 + " | weight 1\u{A0}" }.joined(separator: "\n")
    let fromPlain = LexiconParser().parse(plain, path: "t.txt"), fromGeneral = LexiconParser().parse(general, path: "t.txt")
    #expect(fromPlain.lexicon.entries.count == 16 && fromPlain.problems.count == 8)
    #expect(fromPlain.lexicon.entries == fromGeneral.lexicon.entries)
    #expect(fromPlain.lexicon.entries.map(citation) == fromGeneral.lexicon.entries.map(citation))
    #expect(fromPlain.lexicon.entries.map(jsonMembers) == fromGeneral.lexicon.entries.map(jsonMembers))
    #expect(fromPlain.problems == fromGeneral.problems)
  }
}
