/// A document's text with its tokens and quotations, and the small questions the scorer asks
/// about a token.
struct TextContext: Sendable {
  var text: String
  var tokens: TokenList
  var quotations: [Quotation]
  /// Posts embedded without quotation marks, whose words are quoted voice too.
  var posts: [EmbeddedPost]
  /// The word lists of the context rules (`lexicons/context/`).
  var senses: ContextLexicon
  /// The widgets of related stories pasted after names (`PageFurniture`), in order: a speaker's
  /// name stands before one, not in it.
  var widgets: [Range<Int>] = []
  /// For each token, whether it lies between quotation marks or in an embedded post.
  private var quoted: [Bool]

  init(text: String, tokens: TokenList, quotations: [Quotation], posts: [EmbeddedPost] = [], senses: ContextLexicon = .standard) {
    self.text = text
    self.senses = senses
    self.tokens = tokens
    self.quotations = quotations
    self.posts = posts
    var quoted = [Bool](repeating: false, count: tokens.tokens.count)
    for quotation in quotations {
      for index in quotation.contentTokens { quoted[index] = true }
    }
    for post in posts {
      for index in post.contentTokens { quoted[index] = true }
    }
    self.quoted = quoted
  }

  func isQuoted(_ index: Int) -> Bool { quoted[index] }

  /// The bytes of the line after a sentence that ends its own line with a colon (`In a
  /// statement, Lee said:`), which hold the words it introduces; nil for any other sentence.
  func lineIntroduced(by tokenRange: Range<Int>) -> Range<Int>? {
    guard let last = tokenRange.last, tokens.tokens[last].kind == .punctuation else { return nil }
    return text.utf8.withContiguousBytes { bytes -> Range<Int>? in
      let colon = tokens.tokens[last].utf8Range
      guard bytes[colon.lowerBound] == UInt8(ascii: ":") else { return nil }
      var start = colon.upperBound
      var newlines = 0
      while start < bytes.count, case let (scalar, length) = ScalarClass.decode(bytes, at: start), ScalarClass.isSpace(scalar) {
        if bytes[start] == 0x0A { newlines += 1 }
        start += length
      }
      guard newlines > 0, start < bytes.count else { return nil }
      let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
      return start..<end
    }
  }

  /// The widget of related stories whose last token is `index`, if any.
  func widget(endingAt index: Int) -> Range<Int>? {
    widgets.isEmpty ? nil : widgets.first { $0.upperBound == index + 1 }
  }

  /// The embedded post with words in the sentence made of `tokenRange`, if any.
  func post(overlapping tokenRange: Range<Int>) -> EmbeddedPost? {
    posts.isEmpty ? nil : posts.first { $0.contentTokens.overlaps(tokenRange) }
  }

  /// From the first token's start to the last one's end, in UTF-8 bytes; nil for no tokens.
  func utf8Range(of tokenRange: Range<Int>) -> Range<Int>? {
    guard !tokenRange.isEmpty else { return nil }
    return tokens.tokens[tokenRange.lowerBound].utf8Range.lowerBound..<tokens.tokens[tokenRange.upperBound - 1].utf8Range.upperBound
  }

  func isQuoted(_ hit: Hit) -> Bool { hit.tokenRange.allSatisfy { quoted[$0] } }

  func isCapitalized(_ index: Int) -> Bool {
    text.utf8.withContiguousBytes { ScalarClass.isUppercase(ScalarClass.decode($0, at: tokens.tokens[index].utf8Range.lowerBound).scalar) }
  }

  /// Appends the text of a UTF-8 range on one line: each run of white space becomes one space.
  func appendSurface(_ utf8Range: Range<Int>, to result: inout ReasonText) {
    text.utf8.withContiguousBytes { textBytes in
      let slice = UnsafeBufferPointer(rebasing: textBytes[utf8Range])
      if !slice.contains(where: { $0 < 0x20 || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xE3 || $0 == 0xE1 || $0 == 0xEF }) {
        result.append(slice)
        return
      }
      var lastWasSpace = false
      for scalar in text.slice(utf8: utf8Range).unicodeScalars {
        let isSpace = ScalarClass.isSpace(scalar)
        if isSpace && lastWasSpace { continue }
        result.append(isSpace ? " " : scalar)
        lastWasSpace = isSpace
      }
    }
  }

  /// Appends `"sponsoring terrorism" (loaded.negative, lexicons/loaded.txt:12)`.
  func appendDescription(of hit: Hit, to result: inout ReasonText) {
    result += "\""
    appendSurface(hit.utf8Range, to: &result)
    result += "\" ("
    hit.entry.appendCitation(to: &result)
    result += ")"
  }
}
