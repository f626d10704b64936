/// What a short quotation credited to no one looks like, to tell scare quotes (the outlet
/// keeping its distance from a word: the “experts”, a “peace” deal) from quotation marks that
/// do something else:
/// - a quotation that opens its sentence is a quoted headline or the start of reported speech;
/// - a run of capitalised words (small words aside) is a name or a title: the “Belt and Road
///   Initiative”, the film “Apocalypse Now”, the “Squad”;
/// - a quotation after a colon, or one that ends its own clause (`. ! ?` inside the marks, or a
///   comma with a capitalised start: `he told them, “Never again,”`), is reported speech.
struct ScareQuoteShape {
  /// Words that stay lowercase inside a title.
  static let titleSmallWords: WordSet = [
    "a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to", "by", "with", "from", "as", "but", "nor", "vs",
  ]

  let isScareQuote: Bool
  /// The quotation is a run of capitalised words: a name or a title, which nobody is quoted as
  /// saying, so it needs no credit (the show “Orange Is the New Black”, the “Squad”).
  let isName: Bool

  init(_ quotation: Quotation, sentence: Range<Int>, in text: TextContext) {
    let tokens = text.tokens.tokens
    let content = quotation.contentTokens
    let words = content.filter { tokens[$0].isWordLike }
    let opening = content.lowerBound - 1
    let hasWordsBefore = (sentence.lowerBound..<max(opening, sentence.lowerBound)).contains { tokens[$0].isWordLike }
    let isTitle = words.first.map { first in
      words.allSatisfy { text.isCapitalized($0) || ($0 != first && Self.titleSmallWords.contains(token: $0, of: text.tokens)) }
    } ?? false
    isName = isTitle
    guard let first = words.first, hasWordsBefore else {
      isScareQuote = false
      return
    }
    let before = Self.punctuation(opening - 1, sentence: sentence, in: text)
    let last = Self.punctuation(content.upperBound - 1, sentence: sentence, in: text)
    let endsClause = last == "." || last == "!" || last == "?" || (last == "," && text.isCapitalized(first))
    isScareQuote = !isTitle && before != ":" && !endsClause
  }

  /// The punctuation mark that token `index` is, when it lies in the sentence and is one.
  private static func punctuation(_ index: Int, sentence: Range<Int>, in text: TextContext) -> Unicode.Scalar? {
    guard sentence.contains(index), text.tokens.tokens[index].kind == .punctuation else { return nil }
    return text.text.utf8.withContiguousBytes { ScalarClass.decode($0, at: text.tokens.tokens[index].utf8Range.lowerBound).scalar }
  }
}
