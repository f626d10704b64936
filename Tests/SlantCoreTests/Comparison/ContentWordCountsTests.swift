import Testing

@testable import SlantCore

/// The byte-level list of a document's content words and the sum a group makes of them: the
/// same words and counts as adding up strings in dictionaries, including words whose strings
/// are equal while their bytes differ.
@Suite struct ContentWordCountsTests {
  private func counts(_ words: [(String, Int)]) -> ContentWordCounts {
    var list = ContentWordCounts()
    for (word, count) in words {
      var word = word
      word.withUTF8 { list.append($0, count: count) }
    }
    return list
  }

  @Test func listsWordsByTheirBytes() {
    let list = counts([("dam", 2), ("zürich", 1), ("2024", 3)])
    #expect(list.count == 3)
    #expect(Array(list.word(0)) == Array("dam".utf8))
    #expect(Array(list.word(1)) == Array("zürich".utf8))
    #expect(Array(list.word(2)) == Array("2024".utf8))
    #expect(list.dictionary == ["dam": 2, "zürich": 1, "2024": 3])
  }

  @Test func aWordListedTwiceIsCountedOnce() {
    #expect(counts([("7", 1), ("dam", 2), ("7", 4)]).dictionary == ["7": 5, "dam": 2])
  }

  @Test func totalIsTheSumOfTheDictionaries() {
    let lists = [counts([("dam", 2), ("river", 1)]), counts([]), counts([("river", 5), ("gates", 1), ("dam", 1)])]
    var expected: [String: Int] = [:]
    for list in lists { expected.merge(list.dictionary, uniquingKeysWith: +) }
    #expect(ContentWordCounts.total(of: lists) == expected)
    #expect(ContentWordCounts.total(of: lists) == ["dam": 3, "river": 6, "gates": 1])
    #expect(ContentWordCounts.total(of: []) == [:])
  }

  /// `café` precomposed and decomposed: two byte strings, one `String` key.
  @Test func canonicallyEqualWordsAreAddedTogether() {
    let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
    #expect(Array(composed.utf8) != Array(decomposed.utf8))
    let total = ContentWordCounts.total(of: [counts([(composed, 2)]), counts([(decomposed, 3)])])
    #expect(total.count == 1)
    #expect(total[composed] == 5)
  }

  /// The counter finds ASCII stopwords by their bytes: every stopword must be ASCII for that.
  @Test func everyStopwordIsASCII() {
    #expect(ContentWords.stopwords.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
  }

  @Test(arguments: ["The dam and the DAM said that it's 7 a.m. at the café, déjà vu, x y z", "ÉTÉ été the of"])
  func theCounterKeepsWhatContentWordsKeeps(text: String) {
    let list = Tokenizer().tokens(in: text)
    var counter = ContentWordCounter(expectedTokens: list.tokens.count)
    counter.count(list)
    var expected: [String: Int] = [:]
    for word in ContentWords.words(in: list) { expected[word, default: 0] += 1 }
    #expect(counter.contentWords().dictionary == expected)
  }

  /// More distinct words than the table first holds: it grows, and keeps every count.
  @Test func theCounterKeepsEveryCountWhenItGrows() {
    let words = (0..<300).map { "word\($0)" }
    let text = (words + words.reversed() + ["7", "7", "word5"]).joined(separator: " ")
    let list = Tokenizer().tokens(in: text)
    var counter = ContentWordCounter(expectedTokens: 1)
    counter.count(list)
    var expected: [String: Int] = [:]
    for word in ContentWords.words(in: list) { expected[word, default: 0] += 1 }
    #expect(counter.contentWords().dictionary == expected)
    #expect(expected["word5"] == 3)
    #expect(expected["word299"] == 2)
  }
}
