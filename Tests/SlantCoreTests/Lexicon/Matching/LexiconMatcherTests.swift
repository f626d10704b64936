import Testing
import SlantCore

@Suite struct LexiconMatcherTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    sponsoring terrorism
    terror*
    bitter rivals
    bitter
    [scare-quote] Distancing.
    so-called
    pseudo-*
    [verb.implicative] Implicative.
    failed to
    failed to notice
    [negator] Negation.
    don't
    [frame.security] Security.
    terrorism
    missile*
    """, path: "t.txt"
  ).lexicon
  let matcher = LexiconMatcher(lexicons: [Self.lexicon])

  func spans(_ text: String, category: String? = nil) -> [Range<Int>] {
    matcher.hits(in: text).filter { category == nil || $0.category == category }.map(\.utf8Range)
  }

  @Test(arguments: [
    "the ⟦so-called⟧ republics", "⟦So-Called⟧ talks", "⟦SO‑CALLED⟧ talks", "no match: socalled or so called",
    "a ⟦pseudo-science⟧ of ⟦pseudo-history⟧ but not pseudo",
  ])
  func matchesWholeTokensWhateverTheCase(marked: String) {
    let sample = MarkedText(marked)
    #expect(spans(sample.text, category: "scare-quote") == sample.ranges)
  }

  @Test(arguments: ["⟦terror⟧ and ⟦terrorists⟧ in ⟦Terrorism⟧", "deterrence is not a match"])
  func wildcardsMatchTokensStartingWithTheStem(marked: String) {
    let sample = MarkedText(marked)
    #expect(spans(sample.text, category: "loaded.negative") == sample.ranges)
  }

  @Test(arguments: [
    "Pakistan was ⟦sponsoring terrorism⟧ there", "⟦bitter rivals⟧, ⟦bitter⟧ rivalry", "⟦bitter⟧, rivals stay apart",
  ])
  func longestMatchWithinACategoryAndNeverAcrossPunctuation(marked: String) {
    let sample = MarkedText(marked)
    #expect(spans(sample.text, category: "loaded.negative") == sample.ranges)
  }

  @Test func longestPhraseWinsOverItsPrefix() {
    let hits = matcher.hits(in: "Imran Khan failed to notice the map.")
    #expect(hits.map(\.entry.term) == ["failed to notice"])
  }

  @Test func categoriesOverlapFreely() {
    let hits = matcher.hits(in: "for sponsoring terrorism and missile-defence")
    #expect(hits.map { "\($0.entry.term)|\($0.category)" } == [
      "sponsoring terrorism|loaded.negative", "terrorism|frame.security", "missile*|frame.security",
    ])
  }

  @Test(arguments: ["I ⟦don't⟧ know", "I ⟦don’t⟧ know", "I ⟦DON’T⟧ know", "I don t know"])
  func curlyAndStraightApostrophesAreAlike(marked: String) {
    let sample = MarkedText(marked)
    #expect(spans(sample.text, category: "negator") == sample.ranges)
  }

  @Test func hitsRecordEntryFileLineAndTokens() throws {
    let hit = try #require(matcher.hits(in: "the so-called vote").first)
    #expect(hit.entry.term == "so-called" && hit.entry.location == "t.txt:7" && hit.tokenRange == 1..<2)
  }

  @Test func manyEntriesStillMatchTheSame() {
    var text = "[frame.other] Generated.\n"
    for index in 0..<5_000 { text += "word\(index) filler\(index % 7)\nstem\(index)x*\n" }
    let big = LexiconParser().parse(text, path: "big.txt")
    #expect(big.problems.isEmpty)
    let matcher = LexiconMatcher(lexicons: [Self.lexicon, big.lexicon])
    let hits = matcher.hits(in: "word42 filler0 and stem42xyz; so-called word43 filler0")
    #expect(hits.map(\.entry.term) == ["word42 filler0", "stem42x*", "so-called"])
  }
}

@Suite struct LexiconMatcherStemLengthTests {
  /// Stems are probed only at the lengths some stem has, including very long ones.
  @Test func matchesStemsOfEveryLengthAndOnlyTokensStartingWithThem() {
    let long = String(repeating: "x", count: 70)
    let lexicon = LexiconParser().parse(
      """
      [frame.short] One category per stem: in one category only the first stem would be kept.
      abcd*
      [frame.middle] Test.
      abcdefghijklm*
      [frame.long] Test.
      \(long)*
      """, path: "t.txt"
    ).lexicon
    let matcher = LexiconMatcher(lexicons: [lexicon])
    let text = "abc abcd abcdefghijkl abcdefghijklmnop \(long) \(long)yz \(String(long.dropLast()))"
    let terms = matcher.hits(in: text).map { "\($0.entry.term)@\($0.tokenRange.lowerBound)" }
    #expect(terms == ["abcd*@1", "abcd*@2", "abcd*@3", "abcdefghijklm*@3", "\(long)*@4", "\(long)*@5"])
  }
}

extension LexiconMatcherStemLengthTests {
  /// Tokens are checked against the stems' first four bytes before any stem is probed; a stem
  /// shorter than that (possible through the API, not in a file) must still match.
  @Test func stemsShorterThanFourBytesStillMatch() {
    let short = LexiconEntry(term: "ab*", words: ["ab*"], category: "frame.short", path: "t.txt", line: 1)
    let long = LexiconEntry(term: "abcdef*", words: ["abcdef*"], category: "frame.long", path: "t.txt", line: 2)
    let matcher = LexiconMatcher(lexicons: [Lexicon(path: "t.txt", entries: [short, long])])
    let terms = matcher.hits(in: "a ab abc abcdefg xyzw").map { "\($0.entry.term)@\($0.tokenRange.lowerBound)" }
    #expect(terms == ["ab*@1", "ab*@2", "ab*@3", "abcdef*@3"])
  }

  @Test func tokensThatBeginLikeNoStemAreNotProbedButStillMatchWords() {
    let lexicon = LexiconParser().parse("[frame.other] Test.\nterror*\nwar\n", path: "t.txt").lexicon
    let matcher = LexiconMatcher(lexicons: [lexicon])
    #expect(matcher.hits(in: "war terrorists terr tea warfare").map(\.entry.term) == ["war", "terror*"])
  }
}

extension LexiconMatcherStemLengthTests {
  /// A document's sentences may leave tokens between them and may be empty, even past the last
  /// token: each range gets exactly the hits it gets alone.
  @Test func rangesWithGapsAndEmptyRangesMatchAsEachAlone() {
    let lexicon = LexiconParser().parse("[loaded.negative] Test.\nbrutal regime\nregime\nterror*\n", path: "t.txt").lexicon
    let matcher = LexiconMatcher(lexicons: [lexicon])
    let tokens = Tokenizer().tokens(in: "brutal regime. terrorists regime brutal")
    let count = tokens.tokens.count
    let ranges = [0..<2, 3..<3, 3..<5, count + 4..<count + 4, 5..<count]
    let together = matcher.hits(in: tokens, ranges: ranges)
    #expect(together.map { $0.map(\.entry.term) } == [["brutal regime"], [], ["terror*", "regime"], [], []])
    for (range, hits) in zip(ranges, together) where !range.isEmpty {
      #expect(hits.map(\.utf8Range) == matcher.hits(in: tokens, range: range).map(\.utf8Range))
    }
  }
}
