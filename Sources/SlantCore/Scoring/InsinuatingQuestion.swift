/// A question asked in the outlet's own voice that suggests its answer: *Is X really …?*,
/// *Why does X …?*, *How can X …?*, *Isn't X …?*. It asserts without saying so, and names no
/// source, so the scorer treats it as an unsupported assertion and says why.
///
/// The sentence must end with a question mark outside quotation marks and open with an
/// unquoted question word: `why` or `how` followed by an auxiliary (`Why does`, `How can`), a
/// negative auxiliary (`Isn't`, `Doesn't`), or an auxiliary with a word that doubts the premise
/// later on (`Is … really`, `Does … actually`). Plain questions (`Will the talks resume?`,
/// `What happens next?`) are not insinuations, nor are the questions of an explainer: `Why …?`
/// and `How …?` in a headline or a subhead (a line of at most eight words between others) or
/// ending in `matter`, `mean`, `work`, `happen` or `here` (`Why does it matter?`, `How did we
/// get here?`), which the text goes on to answer.
enum InsinuatingQuestion {
  static let auxiliaries: WordSet = [
    "is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "can", "could", "should", "will", "would", "must",
  ]
  static let negativeAuxiliaries: WordSet = [
    "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "hasn't", "haven't", "won't", "wouldn't", "shouldn't",
    "can't", "couldn't", "mustn't",
  ]
  static let whyWords: WordSet = ["why"]
  static let howWords: WordSet = ["how"]
  static let howAuxiliaries: WordSet = ["can", "could", "dare", "does", "did", "is", "are", "was", "were"]

  /// The cue words of the question the sentence `tokenRange` asks (the opening words, and the
  /// doubting word when there is one), or nothing when it is not an insinuating question.
  static func cues(in tokenRange: Range<Int>, of text: TextContext, isHeadline: Bool = false) -> [Range<Int>] {
    let tokens = text.tokens
    guard let last = tokenRange.last(where: { !isClosingMark($0, text) }), isMark(last, "?", text), !text.isQuoted(last) else { return [] }
    let words = tokenRange.filter { tokens.tokens[$0].isWordLike }
    guard words.count >= 3, let first = words.first, !text.isQuoted(first), text.isCapitalized(first) else { return [] }
    let second = words[1]
    let asksToExplain =
      isHeadline || words.last.map { text.senses[.explainerEnds].contains(token: $0, of: tokens) } == true
      || (words.count <= subheadWords && isSubhead(tokenRange, text))
    if !asksToExplain, whyWords.contains(token: first, of: tokens),
      auxiliaries.contains(token: second, of: tokens) || negativeAuxiliaries.contains(token: second, of: tokens)
    {
      return [first..<second + 1]
    }
    if !asksToExplain, howWords.contains(token: first, of: tokens), howAuxiliaries.contains(token: second, of: tokens) { return [first..<second + 1] }
    if negativeAuxiliaries.contains(token: first, of: tokens) { return [first..<first + 1] }
    if auxiliaries.contains(token: first, of: tokens),
      let doubt = words.dropFirst(2).first(where: { text.senses[.doubtingWords].contains(token: $0, of: tokens) && !text.isQuoted($0) })
    {
      return [first..<first + 1, doubt..<doubt + 1]
    }
    return []
  }

  /// The most words a subhead has.
  static let subheadWords = 8

  /// Whether the sentence is a subhead: alone on its line, with text before and after it, where
  /// `Why …?` and `How …?` announce what the text below explains.
  private static func isSubhead(_ tokenRange: Range<Int>, _ text: TextContext) -> Bool {
    guard let first = tokenRange.first, let last = tokenRange.last, first > 0, last + 1 < text.tokens.tokens.count else { return false }
    return text.text.utf8.withContiguousBytes { bytes in
      text.tokens.breaksLine(before: first, in: bytes) && text.tokens.breaksLine(before: last + 1, in: bytes)
    }
  }

  private static func isMark(_ index: Int, _ mark: Unicode.Scalar, _ text: TextContext) -> Bool {
    guard text.tokens.tokens[index].kind == .punctuation else { return false }
    return text.text.utf8.withContiguousBytes { ScalarClass.decode($0, at: text.tokens.tokens[index].utf8Range.lowerBound).scalar } == mark
  }

  /// A closing quotation mark or bracket after the question mark (`… really?”` is still quoted).
  private static func isClosingMark(_ index: Int, _ text: TextContext) -> Bool {
    guard text.tokens.tokens[index].kind == .punctuation else { return false }
    let scalar = text.text.utf8.withContiguousBytes { ScalarClass.decode($0, at: text.tokens.tokens[index].utf8Range.lowerBound).scalar }
    return scalar == ")" || scalar == "]"
  }
}
