/// Finds quotations from the quote-mark tokens of a text. Curly marks say which way they face;
/// a straight `"` closes an open double quotation or opens one; a straight `'` opens only
/// before a word and after a space. A double quotation left open ends with its paragraph (news
/// reopens long quotes on each paragraph), and when the next paragraph has a closing mark before
/// any opening one, its words up to that mark continue the quotation (a writer who did not
/// reopen it); a single one left open is dropped, since a stray
/// `’` or `'` is far more often an apostrophe. Corpora tokenized in the Penn Treebank manner
/// write double quotes as two backticks and two apostrophes (``` `` ``` and `''`): they open and
/// close double quotations like `“` and `”`.
enum QuotationFinder {
  static func quotations(in text: String, tokens list: TokenList) -> [Quotation] {
    var quotations: [Quotation] = []
    text.utf8.withContiguousBytes { bytes in
      var double: Int?, single: Int?
      let tokens = list.tokens
      // The second backtick of each `` that opened a quotation: the quotation starts at the first.
      var doubledOpenings: Set<Int> = []
      func close(_ open: Int, at end: Int, markEnd: Int) {
        let start = doubledOpenings.contains(open) ? tokens[open - 1].utf8Range.lowerBound : tokens[open].utf8Range.lowerBound
        quotations.append(Quotation(utf8Range: start..<markEnd, contentTokens: open + 1..<end))
      }
      // The first token of a paragraph after one whose double quotation was left open, until
      // a mark opens or closes in it.
      var continuation: Int?
      func closeContinuation(at end: Int) -> Bool {
        guard let start = continuation, start < end else { return false }
        quotations.append(Quotation(utf8Range: tokens[start].utf8Range.lowerBound..<tokens[end].utf8Range.upperBound, contentTokens: start..<end))
        continuation = nil
        return true
      }
      var skipped: Int?
      for index in tokens.indices {
        if index == skipped { continue }
        if index > 0, isParagraphBreak(bytes, tokens[index - 1].utf8Range.upperBound..<tokens[index].utf8Range.lowerBound)
          || (isLineBreak(bytes, tokens[index - 1].utf8Range.upperBound..<tokens[index].utf8Range.lowerBound) && endsSentence(bytes, tokens[index - 1]))
        {
          continuation = nil
          if let open = double {
            close(open, at: index, markEnd: tokens[index - 1].utf8Range.upperBound)
            continuation = index
          }
          double = nil
          single = nil
        }
        let token = tokens[index]
        guard token.kind == .punctuation else { continue }
        let mark = ScalarClass.decode(bytes, at: token.utf8Range.lowerBound).scalar
        if mark == "`" || mark == "'", isDoubled(bytes, tokens, index) {
          skipped = index + 1
          let markEnd = tokens[index + 1].utf8Range.upperBound
          if mark == "`" {
            if double == nil {
              double = index + 1
              doubledOpenings.insert(index + 1)
            }
          } else if let open = double {
            close(open, at: index, markEnd: markEnd)
            double = nil
          }
          continue
        }
        switch mark {
        case "“", "„", "«":
          if double == nil { double = index }
          continuation = nil
        case "”", "»":
          if let open = double { close(open, at: index, markEnd: token.utf8Range.upperBound) } else { _ = closeContinuation(at: index) }
          double = nil
        case "\"":
          if let open = double {
            close(open, at: index, markEnd: token.utf8Range.upperBound)
            double = nil
          } else if isClosingShaped(bytes, tokens, index), closeContinuation(at: index) {
            continue
          } else {
            double = index
            continuation = nil
          }
        case "‘", "‹":
          if single == nil { single = index }
        case "’", "›":
          if let open = single { close(open, at: index, markEnd: token.utf8Range.upperBound) }
          single = nil
        case "'":
          if let open = single {
            close(open, at: index, markEnd: token.utf8Range.upperBound)
            single = nil
          } else if opensSingle(bytes, tokens, index) {
            single = index
          }
        default: continue
        }
      }
      if let open = double, let last = tokens.last { close(open, at: tokens.count, markEnd: last.utf8Range.upperBound) }
    }
    return quotations.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
  }

  /// Whether a straight `'` at `index` opens a quotation: a word follows it directly and a
  /// space (or nothing) comes before it.
  private static func opensSingle(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int) -> Bool {
    let mark = tokens[index].utf8Range
    guard index + 1 < tokens.count, tokens[index + 1].isWordLike, tokens[index + 1].utf8Range.lowerBound == mark.upperBound else { return false }
    return mark.lowerBound == 0 || ScalarClass.isSpace(ScalarClass.decode(bytes, before: mark.lowerBound).scalar)
  }

  /// Whether a straight `"` at `index` faces back: straight after a word or a stop, and
  /// followed by a space, a line end or nothing.
  private static func isClosingShaped(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int) -> Bool {
    let mark = tokens[index].utf8Range
    guard index > 0, tokens[index - 1].utf8Range.upperBound == mark.lowerBound else { return false }
    return mark.upperBound == bytes.count || ScalarClass.isSpace(ScalarClass.decode(bytes, at: mark.upperBound).scalar)
  }

  /// Whether the mark at `index` is written twice with nothing between (``` `` ``` or `''`).
  private static func isDoubled(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int) -> Bool {
    guard index + 1 < tokens.count, tokens[index + 1].kind == .punctuation,
      tokens[index + 1].utf8Range.lowerBound == tokens[index].utf8Range.upperBound
    else { return false }
    return bytes[tokens[index + 1].utf8Range.lowerBound] == bytes[tokens[index].utf8Range.lowerBound]
  }

  /// Whether the gap between two tokens holds a line end.
  private static func isLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
    gap.contains { bytes[$0] == 0x0A }
  }

  /// Whether `token` is a full stop, a question or an exclamation mark: a line that ends with
  /// one ends a paragraph in corpora that write paragraphs on single lines.
  private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
    guard token.kind == .punctuation else { return false }
    let mark = bytes[token.utf8Range.lowerBound]
    return mark == UInt8(ascii: ".") || mark == UInt8(ascii: "?") || mark == UInt8(ascii: "!")
  }

  /// Whether the gap between two tokens holds a blank line.
  private static func isParagraphBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
    var lineEnds = 0
    for offset in gap where bytes[offset] == 0x0A {
      lineEnds += 1
      if lineEnds == 2 { return true }
    }
    return false
  }
}
