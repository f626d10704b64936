/// A document's text with its tokens and quotations, and the small questions the scorer asks
/// about a token.
struct TextContext: Sendable {
  var text: String
  var tokens: TokenList
  var quotations: [Quotation]
  /// For each token, whether it lies between quotation marks.
  private var quoted: [Bool]

  init(text: String, tokens: TokenList, quotations: [Quotation]) {
    self.text = text
    self.tokens = tokens
    self.quotations = quotations
    var quoted = [Bool](repeating: false, count: tokens.tokens.count)
    for quotation in quotations {
      for index in quotation.contentTokens { quoted[index] = true }
    }
    self.quoted = quoted
  }

  func isQuoted(_ index: Int) -> Bool { quoted[index] }

  func isQuoted(_ hit: Hit) -> Bool { hit.tokenRange.allSatisfy { quoted[$0] } }

  func folded(_ index: Int) -> String { tokens.foldedText(of: tokens.tokens[index]) }

  func isCapitalized(_ index: Int) -> Bool {
    text.utf8.withContiguousBytes { ScalarClass.isUppercase(ScalarClass.decode($0, at: tokens.tokens[index].utf8Range.lowerBound).scalar) }
  }

  /// The text of a UTF-8 range on one line.
  func surface(_ utf8Range: Range<Int>) -> String {
    let slice = text.slice(utf8: utf8Range)
    if !slice.utf8.contains(where: { $0 < 0x20 || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xE3 || $0 == 0xE1 || $0 == 0xEF }) { return String(slice) }
    var result = ""
    var lastWasSpace = false
    for scalar in slice.unicodeScalars {
      let isSpace = ScalarClass.isSpace(scalar)
      if isSpace && lastWasSpace { continue }
      result.unicodeScalars.append(isSpace ? " " : scalar)
      lastWasSpace = isSpace
    }
    return result
  }

  /// `"sponsoring terrorism" (loaded.negative, lexicons/loaded.txt:12)`.
  func describe(_ hit: Hit) -> String {
    let citation = hit.entry.citation
    var description = "\""
    description.reserveCapacity(hit.utf8Range.count + citation.utf8.count + 5)
    description += surface(hit.utf8Range)
    description += "\" ("
    description += citation
    description += ")"
    return description
  }
}
