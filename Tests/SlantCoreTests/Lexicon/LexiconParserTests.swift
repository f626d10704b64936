import Foundation
import Testing
import SlantCore

@Suite struct LexiconParserTests {
  let path = "lexicons/test.txt"

  func parse(_ text: String) -> (lexicon: Lexicon, problems: [String]) {
    let result = LexiconParser().parse(text, path: path)
    return (result.lexicon, result.problems.map(\.description))
  }

  @Test func readsHeadersEntriesAndFields() throws {
    let (lexicon, problems) = parse(
      """
      # comment
      [loaded.negative] Negative judgement in the outlet's voice.

      brutal | weight 2
      regime -> government | weight 2 | note implies illegitimacy
      Terror*
        sponsoring   terrorism
      [hedge] Softeners.
      Don’t know
      """)
    #expect(problems.isEmpty)
    #expect(lexicon.categories.map(\.name) == ["loaded.negative", "hedge"])
    #expect(lexicon.categories[0].description == "Negative judgement in the outlet's voice.")
    #expect(lexicon.categories[0].family == .loaded)
    #expect(lexicon.entries.map(\.words) == [["brutal"], ["regime"], ["terror*"], ["sponsoring", "terrorism"], ["don't", "know"]])
    let regime = lexicon.entries[1]
    #expect(regime.weight == 2 && regime.alternative == "government" && regime.note == "implies illegitimacy")
    #expect(regime.location == "lexicons/test.txt:5")
    #expect(lexicon.entries[4].category == "hedge" && lexicon.entries[4].weight == 1)
  }

  @Test(arguments: [
    ("[x] D.\nbrutal | colour red", "lexicons/test.txt:2: unknown field 'colour'; fields are 'weight N' and 'note TEXT'"),
    ("[x] D.\nbrutal | wieght 2", "lexicons/test.txt:2: unknown field 'wieght' (did you mean 'weight'?); fields are 'weight N' and 'note TEXT'"),
    ("[x] D.\n| weight 2", "lexicons/test.txt:2: empty entry: a term is needed before '->' or '|'"),
    ("[x] D.\n-> government", "lexicons/test.txt:2: empty entry: a term is needed before '->' or '|'"),
    ("[x] D.\nregime ->", "lexicons/test.txt:2: '->' needs a neutral alternative after it"),
    ("[x] D.\nter*ror", "lexicons/test.txt:2: wildcard '*' in the middle of 'ter*ror'; '*' may only end a word"),
    ("[x] D.\nwar*", "lexicons/test.txt:2: wildcard stem 'war' has fewer than 4 letters and would match too much; list the forms instead"),
    ("[x] D.\nbrutal\n\nBrutal", "lexicons/test.txt:4: duplicate entry 'Brutal' in category 'x' (first at line 2)"),
    ("[x] D.\nbrutal | weight heavy", "lexicons/test.txt:2: weight 'heavy' is not a number from 0 to 100"),
    ("[x] D.\nno, never", "lexicons/test.txt:2: 'no,' contains ',', which splits it into separate tokens; terms match whole words (letters, digits, inner hyphens and apostrophes)"),
    ("brutal", "lexicons/test.txt:1: entry before any category header; start the file with a line such as '[loaded.negative] Description'"),
    ("[loaded.negative]", "lexicons/test.txt:1: category 'loaded.negative' needs a one-line description after the ']'"),
    ("[Loaded] D.", "lexicons/test.txt:1: 'Loaded' is not a category name; use lowercase letters, digits, hyphens and dots (e.g. loaded.negative)"),
    ("[loaded D.", "lexicons/test.txt:1: category header is missing its ']'; write '[category.name] Description'"),
  ])
  func reportsEachProblemWithFileAndLine(text: String, message: String) {
    #expect(parse(text).problems == [message])
  }

  /// A lexicon saved with Windows line ends reads line for line as the same file without them.
  @Test func readsWindowsLineEndsLikeUnixOnes() {
    let unix = "[loaded.negative] Negative.\nbrutal | weight 2\nregime -> government\nTerror*\n\nbrutal\n"
    let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
    let (expected, expectedProblems) = parse(unix)
    let (lexicon, problems) = parse(windows)
    #expect(lexicon.categories.map(\.description) == expected.categories.map(\.description))
    #expect(lexicon.entries.map { "\($0.term)|\($0.weight)|\($0.alternative ?? "")|\($0.location)" } == ["brutal|2.0||lexicons/test.txt:2", "regime|1.0|government|lexicons/test.txt:3", "Terror*|1.0||lexicons/test.txt:4"])
    #expect(lexicon.entries.map(\.words) == expected.entries.map(\.words))
    #expect(problems == expectedProblems && problems == ["lexicons/test.txt:6: duplicate entry 'brutal' in category 'loaded.negative' (first at line 2)"])
  }

  /// `café` written with one accented letter and with a combining accent is one word, as
  /// Swift compares strings: the second spelling is a duplicate in both formats.
  @Test func theTwoUnicodeSpellingsOfAWordAreDuplicates() {
    let (lexicon, problems) = parse("[loaded.negative] Negative.\ncaf\u{E9}\ncafe\u{301}\n")
    #expect(lexicon.entries.count == 1)
    #expect(problems == ["lexicons/test.txt:3: duplicate entry 'cafe\u{301}' in category 'loaded.negative' (first at line 2)"])
    let liwc = LIWCDictionaryParser().parse("%\n1\tcare\n%\ncaf\u{E9}\t1\ncafe\u{301}\t1\n", path: "x.dic")
    #expect(liwc.lexicon.entries.count == 1)
    #expect(liwc.problems.map(\.description) == ["x.dic:5: duplicate entry 'cafe\u{301}' in category 'care'"])
  }

  @Test func findsEveryDuplicateAmongThousandsOfEntries() {
    // term + the index's digits as letters (0 → a, 1 → b…): plain terms, all different.
    let terms = (0..<3_000).map { "term" + String(String($0).unicodeScalars.map { Character(UnicodeScalar($0.value + 49)!) }) }
    let text = "[x] D.\n" + terms.joined(separator: "\n") + "\n[y] D.\n" + terms.prefix(10).joined(separator: "\n") + "\n[x] D.\n"
      + terms.reversed().prefix(3).joined(separator: "\n")
    let (lexicon, problems) = parse(text)
    #expect(lexicon.entries.count == 3_010)
    #expect(problems == (0..<3).map { "lexicons/test.txt:\(3_014 + $0): duplicate entry '\(terms[2_999 - $0])' in category 'x' (first at line \(3_001 - $0))" })
  }

  @Test func keepsReadingAfterAProblem() {
    let (lexicon, problems) = parse("[x] D.\nbad | colour red\ngood\nter*ror\nalso good")
    #expect(problems.count == 2)
    #expect(lexicon.entries.map(\.term) == ["good", "also good"])
  }

  @Test func allowsAStemEndingInAHyphenAndTheSameTermInTwoCategories() {
    let (lexicon, problems) = parse("[scare-quote] D.\npseudo-*\nslammed\n[attribution.loaded] D.\nslammed")
    #expect(problems.isEmpty)
    #expect(lexicon.entries.map(\.words) == [["pseudo-*"], ["slammed"], ["slammed"]])
  }

  @Test(arguments: [
    ("loaded.negative", CategoryFamily.loaded), ("contested", .loaded), ("label.name-calling", .labels),
    ("scare-quote", .labels), ("intensifier", .intensity), ("booster", .intensity), ("absolute", .intensity),
    ("hedge", .hedges), ("attribution.vague", .attribution), ("evidence", .attribution), ("verb.factive", .verbs),
    ("negator", .negators), ("frame.security", .frames), ("care.virtue", .other), ("loaded", .other), ("framework", .other),
  ])
  func familiesFollowCategoryNames(category: String, family: CategoryFamily) {
    #expect(CategoryFamily(category: category) == family)
  }
}
