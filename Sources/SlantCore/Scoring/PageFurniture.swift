/// Text of a scraped page that is not the article's own: a photo's caption and credit, a video
/// widget, a widget of related stories pasted after a person's name. The scorer counts no hit
/// in it, and the sentence's reason says why (`"rampage" (in a photo caption, not the article's text)`).
///
/// - A caption is a line (text between line breaks) that opens with `FILE PHOTO`, `FILE -`,
///   `Photo by` or `Photo:`, or holds a credit: a credit word joined by a slash to a name
///   (`(AP Photo/Jane Roe)`, `Police Department/Handout`), a credit word before `via` and a name
///   (`Handout via Reuters`) or before `Images` (`Getty Images`). The whole line is the caption
///   when it has at most `maximumLineTokens` tokens; on a longer line, only the sentence holding the credit.
/// - A video widget is a line opening with `JUST WATCHED` (`… Replay More Videos... MUST WATCH … 03:16`).
/// - A related-stories widget runs, on one line, from a word glued from a name and a headline's
///   first word (`RyanDemocrats`: a lowercase letter then a capital or a digit, four letters or
///   more before the join, so `McCain` or `YouTube` are no joins) to the capitals `MORE` within `widgetTokens`;
///   the sentence's own words around it stay the article's. A glued word without `MORE` is none.
///
/// The credit words are the list `[caption-credits]` of `lexicons/context/sentences.list`; the
/// shapes in capitals (`FILE`, `JUST WATCHED`, `MORE`) and `by`, `via`, `Images` are code.
struct PageFurniture: Sendable, Equatable {
  /// What the text is, named in the reason of a sentence whose hit it holds.
  enum Kind: Sendable, Equatable {
    case photoCaption, videoWidget, relatedStories

    /// Why a hit in it is not counted.
    var reason: String {
      switch self {
      case .photoCaption: "in a photo caption, not the article's text"
      case .videoWidget: "in a video widget, not the article's text"
      case .relatedStories: "in a widget of related stories, not the article's text"
      }
    }
  }

  var kind: Kind
  /// The tokens it covers.
  var tokenRange: Range<Int>

  /// A line longer than this is a paragraph that holds a caption, rather than the caption.
  static let maximumLineTokens = 120
  /// How far after the glued word the `MORE` that closes a related-stories widget may stand.
  static let widgetTokens = 80
  /// The letters of a glued word before its join that make it a name and a headline glued.
  static let nameLetters = 4

  /// The furniture of the text whose tokens are `list`, in order and without overlaps.
  /// - Parameters:
  ///   - sentences: the token ranges of its sentences, in order: on a long line the caption is
  ///     the sentence holding the credit.
  ///   - senses: the context lists, whose `[caption-credits]` are the credit words.
  static func spans(in text: String, tokens list: TokenList, sentences: [Range<Int>], senses: ContextLexicon) -> [PageFurniture] {
    let tokens = list.tokens
    guard !tokens.isEmpty else { return [] }
    return text.utf8.withContiguousBytes { bytes in
      let reader = Reader(bytes: bytes, list: list, credits: senses[.captionCredits])
      var found: [PageFurniture] = []
      var start = 0
      while start < tokens.count {
        var end = start + 1
        while end < tokens.count, !list.breaksLine(before: end, in: bytes) { end += 1 }
        let line = start..<end
        if let (kind, anchor) = reader.lineFurniture(line) {
          let range = line.count <= maximumLineTokens ? line : clip(sentences.first { $0.contains(anchor) } ?? anchor..<anchor + 1, to: line)
          found.append(PageFurniture(kind: kind, tokenRange: range))
        } else {
          found += reader.relatedStories(in: line).map { PageFurniture(kind: .relatedStories, tokenRange: $0) }
        }
        start = end
      }
      return found
    }
  }

  /// Whether a dropped hit of `family` is named in the reason: words that judge or hedge are;
  /// frame cues, reporting verbs and the like are dropped without a word, or a caption's reason
  /// would list every noun.
  static func namesInReason(_ family: CategoryFamily) -> Bool {
    switch family {
    case .loaded, .labels, .intensity, .hedges, .verbs: true
    case .attribution, .negators, .frames, .other: false
    }
  }

  private static func clip(_ range: Range<Int>, to line: Range<Int>) -> Range<Int> {
    max(range.lowerBound, line.lowerBound)..<min(range.upperBound, line.upperBound)
  }
}

private extension PageFurniture {
  /// The questions the detector asks about single tokens, on the text's bytes.
  struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let list: TokenList
    let credits: WordSet

    var tokens: [Token] { list.tokens }

    /// The kind of furniture the line is, and the token that made it so; nil for the article's own.
    func lineFurniture(_ line: Range<Int>) -> (Kind, Int)? {
      let first = line.lowerBound
      if isCapitals(first, "JUST"), isCapitals(first + 1, "WATCHED", in: line) { return (.videoWidget, first) }
      if isCapitals(first, "FILE"), isCapitals(first + 1, "PHOTO", in: line) || isDash(first + 1, in: line) { return (.photoCaption, first) }
      if isCredit(first), line.count > 1, isMark(first + 1, ":") || isFolded(first + 1, "by") { return (.photoCaption, first) }
      for index in line where tokens[index].kind == .punctuation && isMark(index, "/") {
        if isSlashCredit(index, in: line) { return (.photoCaption, index) }
      }
      // `Handout via Reuters`, `Jane Roe/AFP via Getty Images`; `Getty Images`. The word after the
      // credit is tested first: a credit word is a table lookup, and most words are neither.
      for index in line.dropFirst() where tokens[index].kind == .word {
        let length = tokens[index].utf8Range.count
        if length == 3, isFolded(index, "via"), index + 1 < line.upperBound, isCapitalized(index + 1), isCredit(index - 1) { return (.photoCaption, index - 1) }
        if length == 6, isFolded(index, "images"), isCapitalized(index), isCredit(index - 1), endsCredit(after: index, in: line) { return (.photoCaption, index - 1) }
      }
      return nil
    }

    /// A slash with a credit word on one side and a name on the other (`Photo/Jane Roe`,
    /// `Roe/Pool/Reuters`), not followed by lowercase words (`a Reuters/Ipsos poll` is a poll).
    func isSlashCredit(_ slash: Int, in line: Range<Int>) -> Bool {
      guard slash > line.lowerBound, slash + 1 < line.upperBound else { return false }
      let before = slash - 1, after = slash + 1
      guard isCapitalized(before), isCapitalized(after), isCredit(before) || isCredit(after) else { return false }
      var next = after
      while next < line.upperBound, isCapitalized(next) || isMark(next, "/") { next += 1 }
      return next == line.upperBound || !tokens[next].isWordLike || isFolded(next, "via")
    }

    /// Whether `Getty Images` ending at `index` is a credit: after `via`, or last on its line
    /// or in its brackets, not the agency named in a sentence (`Getty Images pulled the photo`).
    func endsCredit(after index: Int, in line: Range<Int>) -> Bool {
      if index >= line.lowerBound + 2, isFolded(index - 2, "via") { return true }
      var next = index + 1
      while next < line.upperBound, tokens[next].kind == .punctuation, !isMark(next, ")") { next += 1 }
      return next == line.upperBound || isMark(next, ")")
    }

    /// The related-stories widgets of a line: a glued word through the `MORE` after it. Each
    /// `MORE` is found first and the glued word sought only before one: testing every word of
    /// every line for a join cost 26 M of 1,153 M instructions on 300 articles (callgrind).
    func relatedStories(in line: Range<Int>) -> [Range<Int>] {
      var found: [Range<Int>] = []
      var start = line.lowerBound
      for more in line where isMore(more) {
        guard more >= start + 2,
          let glued = (max(start, more - widgetTokens)..<more - 1).first(where: { tokens[$0].kind == .word && isGlued($0) })
        else { continue }
        found.append(glued..<more + 1)
        start = more + 1
      }
      return found
    }

    /// A word with a lowercase letter then a capital or a digit, `nameLetters` letters or more
    /// into it (`RyanDemocrats`, `McCarthyWebsite`, `Baker2020`; not `McCain`, `LaHood`, `YouTube`).
    func isGlued(_ index: Int) -> Bool {
      let range = tokens[index].utf8Range
      var letters = 0
      var previousIsLower = false
      for offset in range {
        let byte = bytes[offset]
        let isUpper = byte &- UInt8(ascii: "A") < 26, isLower = byte &- UInt8(ascii: "a") < 26
        if isUpper || byte &- UInt8(ascii: "0") < 10, previousIsLower, letters >= nameLetters { return true }
        guard isUpper || isLower else { return false }
        letters += 1
        previousIsLower = isLower
      }
      return false
    }

    /// `MORE` in capitals, alone or with a possessive (`MORE’s`), not opening a link (`MORE:`).
    func isMore(_ index: Int) -> Bool {
      let range = tokens[index].utf8Range, start = range.lowerBound
      // Byte by byte: through `elementsEqual` this test cost 28 M instructions on 300 articles.
      guard range.count >= 4, bytes[start] == UInt8(ascii: "M"), bytes[start + 1] == UInt8(ascii: "O"), bytes[start + 2] == UInt8(ascii: "R"),
        bytes[start + 3] == UInt8(ascii: "E"), tokens[index].kind == .word
      else { return false }
      guard range.count == 4 || list.foldedBytes(of: tokens[index]).dropFirst(4).first == UInt8(ascii: "'") else { return false }
      return index + 1 >= tokens.count || !isMark(index + 1, ":")
    }

    func isCredit(_ index: Int) -> Bool {
      tokens[index].isWordLike && isCapitalized(index) && credits.contains(token: index, of: list)
    }

    func isCapitalized(_ index: Int) -> Bool {
      tokens[index].kind == .word && ScalarClass.isUppercase(ScalarClass.decode(bytes, at: tokens[index].utf8Range.lowerBound).scalar)
    }

    /// Whether token `index`, inside `line`, is `word` exactly as written.
    func isCapitals(_ index: Int, _ word: StaticString, in line: Range<Int>? = nil) -> Bool {
      guard line?.contains(index) ?? (index < tokens.count), tokens[index].kind == .word else { return false }
      return bytes[tokens[index].utf8Range].elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    func isFolded(_ index: Int, _ word: StaticString) -> Bool {
      tokens[index].kind == .word
        && list.foldedBytes(of: tokens[index]).elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    func isMark(_ index: Int, _ mark: Unicode.Scalar) -> Bool {
      tokens[index].kind == .punctuation && ScalarClass.decode(bytes, at: tokens[index].utf8Range.lowerBound).scalar == mark
    }

    func isDash(_ index: Int, in line: Range<Int>) -> Bool {
      line.contains(index) && (isMark(index, "-") || isMark(index, "–") || isMark(index, "—"))
    }
  }
}
