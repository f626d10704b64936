import Testing
@testable import SlantCore

/// Rules look one word past a hit (`not only`, `supposed to`, `historic vote`): at the end of a
/// text there is none. A headline or a last line ending in `didn't` with no full stop trapped the
/// scorer before the word lists answered nil past the last token.
@Suite struct TextEndTests {
  /// The bundled defaults, whose negators, plain senses and scare quotes each look one word on.
  static let scorer = Scorer(lexicons: LexiconLoader().loadBundled().lexicons)

  @Test(arguments: [
    "How the Inquiry Ended When Mueller Wouldn't", "He said it, but he didn't", "They would not", "It was never",
    "The vote was historic", "He was supposed", "So-called",
  ])
  func aTextEndingRightAfterAHitIsScored(text: String) throws {
    let scored = Self.scorer.score(Document(id: DocumentID(path: "t.txt"), text: text))
    let last = try #require(scored.sentences.last)
    #expect(last.sentence.utf8Range.upperBound == text.utf8.count)
    #expect(!last.reason.isEmpty)
  }

  @Test func aWordListAnswersNilPastTheLastToken() {
    let text = "he didn't"
    let tokens = Tokenizer().tokens(in: text, range: 0..<text.utf8.count)
    let list: WordSet = ["didn't", "only"]
    #expect(list.contains(token: tokens.tokens.count - 1, of: tokens))
    #expect(!list.contains(token: tokens.tokens.count, of: tokens))
    #expect(!list.contains(possessive: tokens.tokens.count, of: tokens))
  }

  /// Every bundled entry, alone and ending a sentence, as the last words of a text: the fuzzed
  /// corpora never ended a text right after a negator, so every word a rule may look past is tried.
  @Test func everyBundledEntryMayEndAText() {
    let terms = LexiconLoader().loadBundled().lexicons.flatMap(\.entries).map(\.term).filter { !$0.contains("*") }
    var scored = 0
    for term in Set(terms).sorted() {
      for text in [term, "He said it was " + term] {
        let document = Self.scorer.score(Document(id: DocumentID(path: "t.txt"), text: text))
        if document.sentences.last?.sentence.utf8Range.upperBound == text.utf8.count { scored += 1 }
      }
    }
    #expect(scored == 2 * Set(terms).count)
  }
}
