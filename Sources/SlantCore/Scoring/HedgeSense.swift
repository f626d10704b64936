/// Whether a one-word hedge is the hedge at all: `May` is also a month and a name, and a
/// capitalised `Perhaps` after a sentence's first word is a name more often than not.
///
/// - After the first word of a sentence, a capitalised hedge written in lowercase in its lexicon
///   (`in May`, `Theresa May`) is a name or a month.
/// - `may` before a number (`May 5`, `May 2024`) or after a word of time (`in may`, `since May`,
///   `early May`) is the month, in any case.
/// - At the start of a sentence, `May` is the modal only before a subject it can govern (`May God`,
///   `May we`, `May the talks succeed`); otherwise it is the month or a name (`May was wet`,
///   `May 5 saw talks`, `May said`). `Could`, `Perhaps`, `Maybe` there are hedges as anywhere.
enum HedgeSense {
  /// Words after which `may` names the month.
  static let timeWords: WordSet = [
    "in", "on", "by", "since", "until", "till", "from", "through", "during", "last", "next", "early", "late", "mid", "of",
    "this", "each", "every", "before", "after", "between",
  ]
  /// Words the sentence-opening modal `May` governs.
  static let modalSubjects: WordSet = [
    "i", "we", "you", "he", "she", "it", "they", "god", "allah", "the", "this", "these", "his", "her", "their", "our", "your",
    "all", "its", "peace", "justice", "heaven",
  ]

  /// Whether `hit`, a hedge in the sentence whose first token is `sentenceStart`, is a month or a name.
  static func isProperNoun(_ hit: Hit, sentenceStart: Int, in context: TextContext) -> Bool {
    guard hit.family == .hedges, hit.tokenRange.count == 1, hit.entry.term.first?.isLowercase == true else { return false }
    let index = hit.tokenRange.lowerBound
    let tokens = context.tokens
    let isMay = tokens.foldedBytes(of: tokens.tokens[index]).elementsEqual("may".utf8)
    let next = index + 1 < tokens.tokens.count ? index + 1 : nil
    if isMay, let next, tokens.tokens[next].kind == .number { return true }
    if isMay, let previous = previousWord(before: index, from: sentenceStart, in: tokens), timeWords.contains(token: previous, of: tokens) {
      return true
    }
    let isFirstWord = !(sentenceStart..<index).contains { tokens.tokens[$0].isWordLike }
    guard isFirstWord else { return context.isCapitalized(index) }
    guard isMay, context.isCapitalized(index) else { return false }
    return !(next.map { modalSubjects.contains(token: $0, of: tokens) } ?? false)
  }

  private static func previousWord(before index: Int, from start: Int, in tokens: TokenList) -> Int? {
    guard index > start, tokens.tokens[index - 1].isWordLike else { return nil }
    return index - 1
  }
}
