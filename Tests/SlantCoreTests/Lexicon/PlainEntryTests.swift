import Testing
@testable import SlantCore

/// The byte path for entries with a plain term must read a line exactly as the general path does,
/// fields and alternative included, and leave every other line, and every problem, to it.
@Suite struct PlainEntryTests {
  static let plainLines = [
    "brutal", "  rogue | weight 2", "regime -> government | weight 0.5 | note implies illegitimacy",
    "Terror* | note a stem\t|\tweight 1.25  ", "witch hunt|weight 3|note an idiom: “caught” in quotes.", "a b -> c d",
    "slam | weight 0 | weight 100", "x | note café.", "x ->y", "x | note a -> b", "so-called | weight 2", "don't | note x",
  ]

  static let generalLines = [
    "pseudo-* | weight 2", "don’t | note x", "brutal | weight 101", "brutal | weight -1", "brutal | weight two", "brutal | note",
    "brutal |", "brutal | | weight 2", "brutal | size 2", "brutal | Weight 2", "brutal | note ends in é", "brutal | note “starts",
    "brutal | note x\u{A0}", "brutal ->", "brutal -> | weight 2", "-> government", "regime -> gov\u{A0}", "a ->\u{301}b",
    "war* | weight 2", "ter*ror | weight 2", "brutal | weight\u{A0}2", "brutal # comment | weight 2", "[x] | weight 2",
  ]

  func plainEntry(_ line: String) -> EntryTable.Row? {
    var line = line
    return line.withUTF8 { LexiconParser.plainEntry(in: $0, category: 3, number: 7) }
  }

  @Test(arguments: plainLines)
  func readsAPlainEntryAsTheGeneralPathDoes(line: String) throws {
    let plain = try #require(plainEntry(line))
    let general = try LexiconParser.entry(line.trimmingSpaces, category: 3, line: 7).get()
    #expect(plain.term == general.term)
    #expect(plain.words == general.words)
    #expect(plain.weight == general.weight)
    #expect(plain.alternative == general.alternative)
    #expect(plain.note == general.note)
    #expect(plain.category == 3 && plain.line == 7)
  }

  @Test(arguments: generalLines)
  func leavesEveryOtherLineToTheGeneralPath(line: String) {
    #expect(plainEntry(line) == nil)
  }

  /// Every entry line of the default lexicons that the byte path reads (most of them) gives the
  /// row the general path gives.
  @Test func readsTheDefaultEntriesAsTheGeneralPathDoes() throws {
    var read = 0
    for file in BundledDefaults.files(under: BundledDefaults.lexiconFolder) where file.path.hasSuffix(".txt") {
      for line in file.text.split(separator: "\n") {
        guard let plain = plainEntry(String(line)) else { continue }
        let general = try LexiconParser.entry(line.trimmingSpaces, category: 3, line: 7).get()
        #expect(plain.term == general.term && plain.words == general.words && plain.weight == general.weight)
        #expect(plain.alternative == general.alternative && plain.note == general.note)
        read += 1
      }
    }
    #expect(read > 5_000)
  }

  @Test func readsTheFieldsOfAPlainEntry() throws {
    let row = try #require(plainEntry("regime -> government | weight 0.5 | note implies illegitimacy"))
    #expect(row.term == "regime" && row.words == ["regime"] && row.alternative == "government")
    #expect(row.weight == 0.5 && row.note == "implies illegitimacy")
  }
}
