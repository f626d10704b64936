/// One sentence as the aligner sees it: where it comes from, its text, its content words and
/// the loaded words the scorer found in it.
public struct AlignmentSentence: Sendable, Hashable, Codable {
  public var outlet: String
  /// The comparison group of its document (the outlet unless grouped by another field).
  public var group: String
  public var document: DocumentID
  public var index: Int
  public var text: String
  public var words: [String]
  /// Loaded-language hits in the outlet's own voice, as `word (category)`, folded.
  public var loaded: [LoadedWord]
  /// The content words written with a capital in this sentence: with the rest of the corpus,
  /// they tell names from words (`SentenceAligner` needs a pair to share more than names).
  public var capitalized: [String] = []

  private enum CodingKeys: String, CodingKey { case outlet, group, document, index, text, words, loaded }

  public init(
    outlet: String, group: String? = nil, document: DocumentID, index: Int, text: String, words: [String], loaded: [LoadedWord],
    capitalized: [String] = []
  ) {
    self.outlet = outlet
    self.group = group ?? outlet
    self.capitalized = capitalized
    self.document = document
    self.index = index
    self.text = text
    self.words = words
    self.loaded = loaded
  }

  /// The sentences of `scored` that state facts, with their content words and loaded hits;
  /// datelines, bylines, credit lines and captions are left out (`NonFactLine`).
  /// - Parameter group: the comparison group of the document (its outlet by default).
  public static func sentences(of scored: ScoredDocument, group: String? = nil) -> [AlignmentSentence] {
    let document = scored.document
    // One stretch's list is the whole body's, as tokenizing it again would give.
    let list = scored.bodyTokens.count == 1 ? scored.bodyTokens[0] : Tokenizer().tokens(in: document.text, range: document.bodyUTF8Range)
    var cursor = 0
    return scored.sentences.compactMap { sentence in
      let range = sentence.sentence.utf8Range
      while cursor < list.tokens.count && list.tokens[cursor].utf8Range.lowerBound < range.lowerBound { cursor += 1 }
      let start = cursor
      while cursor < list.tokens.count && list.tokens[cursor].utf8Range.lowerBound < range.upperBound { cursor += 1 }
      let text = String(document.text(of: range)).replacingLineEnds()
      guard !NonFactLine.isNonFact(text) else { return nil }
      let loaded = sentence.hits.filter { DocumentTally.isLoadedLanguage($0) && !$0.modifiers.contains(.quoted) }.map { hit in
        LoadedWord(text: String(document.text(of: hit.utf8Range)).lowercased(), category: hit.category)
      }
      let words = ContentWords.words(in: list, tokens: start..<cursor)
      let capitalized = list.tokens[start..<cursor].compactMap { token -> String? in
        guard token.kind == .word, let first = document.text.utf8[document.text.utf8.index(document.text.utf8.startIndex, offsetBy: token.utf8Range.lowerBound)...]
          .first, (0x41...0x5A).contains(first)
        else { return nil }
        return list.foldedText(of: token)
      }
      return AlignmentSentence(
        outlet: document.outlet, group: group, document: document.id, index: sentence.sentence.index,
        text: text, words: words, loaded: loaded, capitalized: capitalized.filter(Set(words).contains))
    }
  }
}

/// A loaded word or phrase as found in a sentence, with its lexicon category.
public struct LoadedWord: Sendable, Hashable, Codable {
  public var text: String
  public var category: String

  public init(text: String, category: String) {
    self.text = text
    self.category = category
  }
}

private extension String {
  /// The text on one line: each run of spaces and line ends becomes one space.
  func replacingLineEnds() -> String {
    guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return self }
    return split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
  }
}
