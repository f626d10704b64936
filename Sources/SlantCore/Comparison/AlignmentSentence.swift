/// One sentence as the aligner sees it: where it comes from, its text, its content words and
/// the loaded words the scorer found in it.
public struct AlignmentSentence: Sendable, Hashable, Codable {
  public var outlet: String
  public var document: DocumentID
  public var index: Int
  public var text: String
  public var words: [String]
  /// Loaded-language hits in the outlet's own voice, as `word (category)`, folded.
  public var loaded: [LoadedWord]

  public init(outlet: String, document: DocumentID, index: Int, text: String, words: [String], loaded: [LoadedWord]) {
    self.outlet = outlet
    self.document = document
    self.index = index
    self.text = text
    self.words = words
    self.loaded = loaded
  }

  /// The sentences of `scored`, with their content words and loaded hits.
  public static func sentences(of scored: ScoredDocument) -> [AlignmentSentence] {
    let document = scored.document
    let list = Tokenizer().tokens(in: document.text, range: document.bodyUTF8Range)
    var cursor = 0
    return scored.sentences.map { sentence in
      let range = sentence.sentence.utf8Range
      while cursor < list.tokens.count && list.tokens[cursor].utf8Range.lowerBound < range.lowerBound { cursor += 1 }
      let start = cursor
      while cursor < list.tokens.count && list.tokens[cursor].utf8Range.lowerBound < range.upperBound { cursor += 1 }
      let loaded = sentence.hits.filter { DocumentTally.isLoadedLanguage($0) && !$0.modifiers.contains(.quoted) }.map { hit in
        LoadedWord(text: String(document.text(of: hit.utf8Range)).lowercased(), category: hit.category)
      }
      return AlignmentSentence(
        outlet: document.outlet, document: document.id, index: sentence.sentence.index,
        text: String(document.text(of: range)).replacingLineEnds(), words: ContentWords.words(in: list, tokens: start..<cursor), loaded: loaded)
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
