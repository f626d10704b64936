/// Turns a term as written in a lexicon into the folded words the matcher compares with tokens,
/// or explains why it could never match. Shared by every lexicon format.
enum LexiconTerm {
  /// Letters a wildcard stem needs at least, so that `war*` cannot match `warm` and `warrant`.
  static let minimumStemLetters = 4

  /// The folded words of `term`, or the reason it is not a usable term.
  static func words(of term: String) -> Result<[String], TermProblem> {
    let words = term.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard !words.isEmpty else { return .failure(TermProblem("empty entry")) }
    var folded: [String] = []
    for word in words {
      switch fold(word) {
      case .success(let value): folded.append(value)
      case .failure(let problem): return .failure(problem)
      }
    }
    return .success(folded)
  }

  private static func fold(_ word: Substring) -> Result<String, TermProblem> {
    let stars = word.unicodeScalars.filter { $0 == "*" }.count
    if stars > 1 || (stars == 1 && word.last != "*") {
      return .failure(TermProblem("wildcard '*' in the middle of '\(word)'; '*' may only end a word"))
    }
    guard stars == 1 else { return foldWord(word) }
    let stem = word.dropLast()
    guard let first = stem.unicodeScalars.first, ScalarClass.isWord(first) else {
      return .failure(TermProblem("wildcard '\(word)' needs a stem that starts with a letter or digit"))
    }
    var bytes: [UInt8] = []
    var letters = 0
    for scalar in stem.unicodeScalars {
      guard ScalarClass.isWord(scalar) || ScalarClass.isApostrophe(scalar) || ScalarClass.isJoiningHyphen(scalar) else {
        return .failure(TermProblem("'\(word)' contains '\(scalar)', which never appears inside a word"))
      }
      if ScalarClass.isWord(scalar) { letters += 1 }
      ScalarClass.appendFolded(scalar, to: &bytes)
    }
    guard letters >= minimumStemLetters else {
      return .failure(TermProblem("wildcard stem '\(stem)' has fewer than \(minimumStemLetters) letters and would match too much; list the forms instead"))
    }
    return .success(String(decoding: bytes, as: UTF8.self) + "*")
  }

  /// A word without wildcard must be exactly one token as the tokenizer sees it.
  private static func foldWord(_ word: Substring) -> Result<String, TermProblem> {
    let text = String(word)
    let list = Tokenizer().tokens(in: text)
    guard list.tokens.count == 1, let token = list.tokens.first, token.isWordLike else {
      let mark = list.tokens.first { !$0.isWordLike }.map { String(text.slice(utf8: $0.utf8Range)) } ?? " "
      return .failure(TermProblem("'\(word)' contains '\(mark)', which splits it into separate tokens; terms match whole words (letters, digits, inner hyphens and apostrophes)"))
    }
    return .success(list.foldedText(of: token))
  }
}

/// Why a term cannot be used, as a message for `file:line:`.
struct TermProblem: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
