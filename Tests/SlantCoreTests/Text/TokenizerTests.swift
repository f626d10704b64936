import Testing
import SlantCore

@Suite struct TokenizerTests {
  let tokenizer = Tokenizer()

  func words(_ text: String) -> [String] {
    let list = tokenizer.tokens(in: text)
    return list.tokens.map { String(text.slice(utf8: $0.utf8Range)) }
  }

  func folded(_ text: String) -> [String] {
    let list = tokenizer.tokens(in: text)
    return list.tokens.map { list.foldedText(of: $0) }
  }

  @Test func keepsApostrophesAndHyphensInsideWords() {
    #expect(words("Khan’s so-called didn't long-delayed") == ["Khan’s", "so-called", "didn't", "long-delayed"])
  }

  @Test func foldsCaseQuotesAndDashes() {
    #expect(folded("Khan’s So‑Called ZÜRICH") == ["khan's", "so-called", "zürich"])
  }

  @Test func splitsPunctuationButKeepsNumbers() {
    #expect(words("$2.5 billion, 3.5% and 1,000 troops.") == ["$", "2.5", "billion", ",", "3.5", "%", "and", "1,000", "troops", "."])
  }

  @Test func keepsInitialismsWhole() {
    #expect(words("the U.S. and a.m. talks") == ["the", "U.S.", "and", "a.m.", "talks"])
  }

  @Test func recognisesURLsAddressesHandlesAndHashtags() {
    let text = "See https://example.com/a?b=1, mail press@gov.pk or @ImranKhanPTI #Pakistan."
    let list = tokenizer.tokens(in: text)
    let kinds = list.tokens.map { ($0.kind, String(text.slice(utf8: $0.utf8Range))) }
    #expect(kinds.contains { $0 == (.url, "https://example.com/a?b=1") })
    #expect(kinds.contains { $0 == (.email, "press@gov.pk") })
    #expect(kinds.contains { $0 == (.handle, "@ImranKhanPTI") })
    #expect(kinds.contains { $0 == (.hashtag, "#Pakistan") })
  }

  @Test func handlesNonASCIILetters() {
    #expect(words("Kyiv, Zürich and Đoković") == ["Kyiv", ",", "Zürich", "and", "Đoković"])
  }

  @Test func curlyQuotesAroundWordsAreSeparateTokens() {
    #expect(words("‘was the first’ “big-ticket”") == ["‘", "was", "the", "first", "’", "“", "big-ticket", "”"])
  }

  @Test func rangesPointIntoTheOriginalText() {
    let text = "  Moeed Yusuf — “no”  "
    for token in tokenizer.tokens(in: text).tokens {
      #expect(text.isScalarBoundary(utf8: token.utf8Range.lowerBound))
      #expect(text.isScalarBoundary(utf8: token.utf8Range.upperBound))
    }
  }

  @Test func aLineBreakStandsBeforeTheFirstTokenOfEachLine() {
    let text = "One two,\n  three\r\nfour five"
    let list = tokenizer.tokens(in: text)
    let opens = text.utf8.withContiguousBytes { bytes in list.tokens.indices.filter { list.breaksLine(before: $0, in: bytes) } }
    #expect(opens.map { String(text.slice(utf8: list.tokens[$0].utf8Range)) } == ["One", "three", "four"])
  }
}
