#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Splits news text into sentences with a small set of rules written for news English.
///
/// The rules, in order of strength:
/// - A blank line ends a sentence; so does a line break next to a bullet line, or after a line
///   without final punctuation (a headline or dateline) when the next line starts like a
///   sentence and the line does not end like a hard-wrapped one (`,` or `the`).
/// - A dateline at the start of a paragraph (`ISLAMABAD:`, `MOSCOW (Reuters) -`, `(AP) —`) and a
///   credit (`-REUTERS`, `(AP)`, `By Jane Doe`, `(Reporting by …)`) are no sentence and in none:
///   the text around them is split as if they were not there.
/// - A block that opens with a list marker (`1.`, `1)`, `1.)`, `a.`, `•`, `• 9.`) is cut before
///   each following marker of the same kind (`2.`, `b.`, `•`), and markers end nothing.
/// - `.`, `?`, `!` and ellipses end a sentence before white space, with closing quotes and
///   brackets kept, unless the next word continues it: a comma or semicolon (`R-N.Y. , said`
///   in text spaced before punctuation); a lowercase word; after a title (`Mr.`,
///   `Gen.`, `No.`), anything; after a month, `etc.`, `Inc.`, an initialism (`U.S.`, `a.m.`) or
///   a single capital (`I.`), anything but an opener such as `The` or a title, and nothing at
///   all when the sentence so far holds fewer than four words (`At 5 a.m. Mr. Smith`).
/// - A period with no space after it ends a sentence only between a lowercase word and a
///   capitalized one outside an address (`world.Today`, not `jane.Doe@example.com`).
/// - An ellipsis in brackets (`[...]`) and a spaced one after a space (` . . . `) mark an
///   omission and end nothing; ` . . . .` ends like `...`; `word. . . . The` ends after `word.`.
///
/// The word lists come from a `SegmenterLexicon` (`lexicons/abbreviations.list`).
/// Sentences never overlap, come in order, and cover every non-space character of the range
/// but datelines and credits.
public struct SentenceSegmenter: Sendable {
  public var lexicon: SegmenterLexicon

  public init(lexicon: SegmenterLexicon = .standard) { self.lexicon = lexicon }

  /// The sentences of `text` within the UTF-8 range `range` (the whole text by default).
  /// - Complexity: O(n) in the length of the range.
  public func sentences(in text: String, range: Range<Int>? = nil) -> [Sentence] {
    segments(in: text, range: range).sentences
  }

  /// The sentences of `text` within `range`, and the UTF-8 ranges of the datelines and credits
  /// kept out of them (trimmed, in order).
  /// - Complexity: O(n) in the length of the range.
  public func segments(in text: String, range: Range<Int>? = nil) -> (sentences: [Sentence], keptOut: [Range<Int>]) {
    var result: ([Sentence], [Range<Int>]) = ([], [])
    text.utf8.withContiguousBytes { bytes in
      var scanner = SentenceScanner(bytes: bytes, lexicon: lexicon, sentences: [])
      let range = range ?? 0..<bytes.count
      for paragraph in scanner.paragraphs(in: range) {
        for (position, block) in scanner.blocks(of: paragraph).enumerated() {
          scanner.splitBlock(block, atParagraphStart: position == 0)
        }
      }
      result = (scanner.sentences, scanner.keptOut)
    }
    return result
  }
}

/// The segmenter's working state over one text's bytes.
struct SentenceScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let lexicon: SegmenterLexicon
  var sentences: [Sentence]
  /// Datelines and credits, which are in no sentence.
  var keptOut: [Range<Int>] = []

  /// Bytes that can start a terminator: `.`, `?`, `!` and the lead byte of `…`.
  nonisolated(unsafe) static let mayEndSentence: UnsafePointer<Bool> = {
    let table = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
    table.initialize(repeating: false, count: 256)
    for byte in [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), 0xE2] { table[Int(byte)] = true }
    return UnsafePointer(table)
  }()

  typealias Line = Range<Int>

  /// Paragraphs (runs of non-blank lines), each as its list of lines without line ends.
  func paragraphs(in range: Range<Int>) -> [[Line]] {
    var paragraphs: [[Line]] = []
    var current: [Line] = []
    var start = range.lowerBound
    let hasCarriageReturns = memchr(bytes.baseAddress! + range.lowerBound, 0x0D, range.count) != nil
    while start <= range.upperBound {
      var end = start
      if hasCarriageReturns {
        while end < range.upperBound && !ScalarClass.isLineEnd(bytes[end]) { end += 1 }
      } else if let newline = memchr(bytes.baseAddress! + start, 0x0A, range.upperBound - start) {
        end = UnsafeRawPointer(newline) - UnsafeRawPointer(bytes.baseAddress!)
      } else {
        end = range.upperBound
      }
      if isBlank(start..<end) {
        if !current.isEmpty { paragraphs.append(current) }
        current = []
      } else {
        current.append(start..<end)
      }
      guard end < range.upperBound else { break }
      start = end + (bytes[end] == 0x0D && end + 1 < range.upperBound && bytes[end + 1] == 0x0A ? 2 : 1)
    }
    if !current.isEmpty { paragraphs.append(current) }
    return paragraphs
  }

  /// Splits a paragraph into blocks at the line breaks that end a sentence whatever the
  /// punctuation says: next to bullets, and after headline-like lines.
  func blocks(of paragraph: [Line]) -> [Range<Int>] {
    var blocks: [Range<Int>] = []
    var blockStart = paragraph[0].lowerBound
    for (previous, next) in zip(paragraph, paragraph.dropFirst()) where isForcedBreak(after: previous, before: next) {
      blocks.append(blockStart..<previous.upperBound)
      blockStart = next.lowerBound
    }
    blocks.append(blockStart..<paragraph[paragraph.count - 1].upperBound)
    return blocks
  }

  func isForcedBreak(after previous: Line, before next: Line) -> Bool {
    if isBullet(previous) || isBullet(next) { return true }
    guard let last = lastVisible(in: previous), !endsWithTerminator(previous) else { return false }
    guard let first = firstVisible(in: next) else { return false }
    let startsLikeSentence = ScalarClass.isUppercase(first.scalar) || ScalarClass.isDigit(first.scalar) || ScalarClass.isOpening(first.scalar)
    guard startsLikeSentence else { return false }
    if last.scalar == "," || last.scalar == ";" || last.scalar == "-" || last.scalar == "(" { return false }
    let lastEnd = last.offset + UTF8.width(last.scalar)
    return !lexicon.wrapEndings.contains(wordBefore(lastEnd, from: previous.lowerBound))
  }

  /// Splits one block after its dateline into list items, and each item into sentences.
  mutating func splitBlock(_ block: Range<Int>, atParagraphStart: Bool) {
    var start = block.lowerBound
    // A dateline is kept out of the sentences: the first one starts after it.
    if atParagraphStart, let datelineEnd = datelineEnd(in: block) {
      keptOut.append(block.lowerBound..<datelineEnd)
      start = datelineEnd
    }
    for item in listItems(in: start..<block.upperBound) { splitSentences(item) }
  }

  /// Splits a run of text at sentence-ending punctuation and records the sentences.
  mutating func splitSentences(_ block: Range<Int>) {
    var sentenceStart = block.lowerBound
    var cursor = firstVisible(in: block).flatMap { listMarker(at: $0.offset, limit: block.upperBound)?.end } ?? sentenceStart
    let mayEndSentence = Self.mayEndSentence, base = bytes.baseAddress!
    while cursor < block.upperBound {
      if !mayEndSentence[Int(base[cursor])] {
        cursor &+= 1
        continue
      }
      let (scalar, length) = ScalarClass.decode(bytes, at: cursor)
      guard isTerminator(scalar) else {
        cursor += length
        continue
      }
      let terminatorStart = cursor
      let isAfterSpace = terminatorStart > block.lowerBound && ScalarClass.isSpace(ScalarClass.decode(bytes, before: terminatorStart).scalar)
      let spacedDots = scalar == "." ? spacedDotCount(from: cursor, limit: block.upperBound) : (count: 0, end: cursor)
      var dots = 0, hasQuestionOrExclamation = false, hasEllipsis = false
      if terminatorStart > block.lowerBound, bytes[terminatorStart - 1] == UInt8(ascii: "[") || bytes[terminatorStart - 1] == UInt8(ascii: "(") {
        // `[...]` marks words left out of a quotation.
        while cursor < block.upperBound, case let (mark, markLength) = ScalarClass.decode(bytes, at: cursor), isTerminator(mark) { cursor += markLength }
        continue
      } else if spacedDots.count >= 3 {
        cursor = spacedDots.end
        if isAfterSpace && spacedDots.count == 3 { continue }
        if !isAfterSpace && spacedDots.count >= 4 {
          // `compounds. . . . The`: the first dot ends the sentence, the ellipsis opens the next.
          if let (_, next) = boundary(after: cursor, limit: block.upperBound), next.isOpening || ScalarClass.isUppercase(next.letter) {
            record(sentenceStart..<terminatorStart + 1)
            sentenceStart = terminatorStart + 2
          }
          continue
        }
        hasEllipsis = true
      } else {
        while cursor < block.upperBound {
          let (mark, markLength) = ScalarClass.decode(bytes, at: cursor)
          guard isTerminator(mark) else { break }
          switch mark {
          case ".": dots += 1
          case "…": hasEllipsis = true
          default: hasQuestionOrExclamation = true
          }
          cursor += markLength
        }
      }
      if dots == 1 && !hasQuestionOrExclamation && !hasEllipsis && isGluedSentenceStart(at: cursor, period: terminatorStart, sentenceStart: sentenceStart, end: block.upperBound) {
        record(sentenceStart..<cursor)
        sentenceStart = cursor
        continue
      }
      guard let (sentenceEnd, next) = boundary(after: cursor, limit: block.upperBound) else { continue }
      // No sentence opens with a comma or a semicolon (`Rep. Jo Doe, R-N.Y. , said`, as corpora
      // tokenized with spaces before punctuation write it).
      if !next.isOpening && (next.letter == "," || next.letter == ";") { continue }
      let ends: Bool
      if hasQuestionOrExclamation {
        ends = !ScalarClass.isLowercase(next.letter)
      } else if hasEllipsis || dots > 1 {
        ends = next.isOpening || ScalarClass.isUppercase(next.letter)
      } else {
        ends = periodEnds(before: terminatorStart, from: sentenceStart, next: next)
      }
      if ends {
        record(sentenceStart..<sentenceEnd)
        sentenceStart = next.offset
      }
    }
    record(sentenceStart..<block.upperBound)
  }

  /// Where a sentence ending with the terminator that ends at `terminatorEnd` would end (after
  /// closing marks) and what would follow it, when white space and more text follow.
  func boundary(after terminatorEnd: Int, limit: Int) -> (sentenceEnd: Int, next: NextStart)? {
    var cursor = terminatorEnd
    while cursor < limit, case let (mark, markLength) = ScalarClass.decode(bytes, at: cursor), ScalarClass.isClosing(mark) {
      cursor += markLength
    }
    guard cursor < limit, ScalarClass.isSpace(ScalarClass.decode(bytes, at: cursor).scalar) else { return nil }
    return nextStart(after: cursor, limit: limit).map { (cursor, $0) }
  }

  /// Whether a sentence starts right after a period with no space (`world.Today is`): a word of
  /// two or more lowercase letters before it, a capitalized word after it, and no address.
  func isGluedSentenceStart(at start: Int, period: Int, sentenceStart: Int, end: Int) -> Bool {
    guard start + 1 < end, bytes[start] &- 0x41 < 26, bytes[start + 1] &- 0x61 < 26 else { return false }
    var wordStart = period
    while wordStart > sentenceStart, bytes[wordStart - 1] &- 0x61 < 26 { wordStart -= 1 }
    guard period - wordStart >= 2, wordStart == sentenceStart || ScalarClass.isSpace(ScalarClass.decode(bytes, before: wordStart).scalar) else { return false }
    var cursor = start
    while cursor < end, bytes[cursor] != UInt8(ascii: " "), !ScalarClass.isLineEnd(bytes[cursor]) {
      if bytes[cursor] == UInt8(ascii: "@") || bytes[cursor] == UInt8(ascii: "/") { return false }
      cursor += 1
    }
    return !SegmenterLexicon.contains(text(wordStart..<period), in: lexicon.neverEnds)
  }

  /// The number of dots in the run `. . .` (single spaces between) that starts at `start`, and
  /// where the run ends.
  func spacedDotCount(from start: Int, limit: Int) -> (count: Int, end: Int) {
    var count = 1, end = start + 1
    while end + 1 < limit, bytes[end] == UInt8(ascii: " "), bytes[end + 1] == UInt8(ascii: ".") {
      count += 1
      end += 2
    }
    return (count, end)
  }

  /// Whether a single period at `period` ends the sentence, given what follows.
  func periodEnds(before period: Int, from limit: Int, next: NextStart) -> Bool {
    if ScalarClass.isLowercase(next.letter) { return false }
    let wordStart = wordStart(before: period, from: limit)
    if period - wordStart > 6 && !bytes[wordStart..<period].contains(UInt8(ascii: ".")) { return true }
    let word = text(wordStart..<period)
    if SegmenterLexicon.contains(word, in: lexicon.neverEnds) { return false }
    let isSingleCapital = period - wordStart == 1 && bytes[wordStart] &- 0x41 < 26
    guard isSingleCapital || SegmenterLexicon.contains(word, in: lexicon.endsBeforeOpener) || isInitialism(wordStart..<period) else {
      return true
    }
    // `M. A. Shahid`: a capital with its own dot is the next initial, not the pronoun or article.
    let nextIsInitial = next.wordRange.count == 1 && next.wordRange.upperBound < bytes.count && bytes[next.wordRange.upperBound] == UInt8(ascii: ".")
    if nextIsInitial { return false }
    let nextWord = text(next.wordRange)
    let opensSentence = lexicon.openers.contains(nextWord) || lexicon.neverEnds.contains(nextWord) && ScalarClass.isUppercase(next.letter)
    return opensSentence && wordCount(limit..<period) >= 4
  }

  /// The number of words (runs of non-space bytes) in `range`.
  func wordCount(_ range: Range<Int>) -> Int {
    var count = 0, inWord = false
    for byte in bytes[range] {
      let isSpace = byte == UInt8(ascii: " ") || byte == 0x0A || byte == 0x09 || byte == 0x0D
      if !isSpace && !inWord { count += 1 }
      inWord = !isSpace
    }
    return count
  }

  /// `U.S`, `a.m`, `Ph.D`: dotted parts of one or two ASCII letters (the final dot is the
  /// terminator, outside the range).
  func isInitialism(_ range: Range<Int>) -> Bool {
    var partLength = 0, parts = 1
    for byte in bytes[range] {
      if byte == UInt8(ascii: ".") {
        guard (1...2).contains(partLength) else { return false }
        parts += 1
        partLength = 0
      } else if (byte | 0x20) &- 0x61 < 26 {
        partLength += 1
      } else {
        return false
      }
    }
    return parts > 1 && (1...2).contains(partLength)
  }


  struct NextStart {
    /// Where the next sentence would start.
    var offset: Int
    /// Whether it opens with a quotation mark or bracket.
    var isOpening: Bool
    /// Its first scalar after any opening marks.
    var letter: Unicode.Scalar
    /// Where its first word stands, after any opening marks.
    var wordRange: Range<Int>
  }

  func nextStart(after offset: Int, limit: Int) -> NextStart? {
    var cursor = offset
    while cursor < limit, case let (scalar, length) = ScalarClass.decode(bytes, at: cursor), ScalarClass.isSpace(scalar) {
      cursor += length
    }
    guard cursor < limit else { return nil }
    let start = cursor
    var isOpening = false
    while cursor < limit, case let (scalar, length) = ScalarClass.decode(bytes, at: cursor), ScalarClass.isOpening(scalar) {
      isOpening = true
      cursor += length
    }
    guard cursor < limit else { return NextStart(offset: start, isOpening: isOpening, letter: " ", wordRange: cursor..<cursor) }
    let letter = ScalarClass.decode(bytes, at: cursor).scalar
    let wordStart = cursor
    while cursor < limit, case let (scalar, length) = ScalarClass.decode(bytes, at: cursor), ScalarClass.isLetter(scalar) {
      cursor += length
    }
    return NextStart(offset: start, isOpening: isOpening, letter: letter, wordRange: wordStart..<cursor)
  }

  /// The word that ends at `end` (back to white space), without opening marks.
  func wordBefore(_ end: Int, from limit: Int) -> String { text(wordStart(before: end, from: limit)..<end) }

  /// Where the word that ends at `end` starts, after any opening marks.
  func wordStart(before end: Int, from limit: Int) -> Int {
    var start = end
    while start > limit, case let (scalar, length) = ScalarClass.decode(bytes, before: start), !ScalarClass.isSpace(scalar) {
      start -= length
    }
    while start < end, case let (scalar, length) = ScalarClass.decode(bytes, at: start), ScalarClass.isOpening(scalar) {
      start += length
    }
    return start
  }

  /// Records `range`, trimmed of white space, as a sentence unless it is empty.
  mutating func record(_ range: Range<Int>) {
    var start = range.lowerBound, end = range.upperBound
    while start < end, case let (scalar, length) = ScalarClass.decode(bytes, at: start), ScalarClass.isSpace(scalar) { start += length }
    while end > start, case let (scalar, length) = ScalarClass.decode(bytes, before: end), ScalarClass.isSpace(scalar) { end -= length }
    guard start < end else { return }
    if isCredit(start..<end) {
      keptOut.append(start..<end)
      return
    }
    sentences.append(Sentence(index: sentences.count, utf8Range: start..<end))
  }

  func isTerminator(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "?" || scalar == "!" || scalar == "…" }

  func isBlank(_ line: Line) -> Bool { firstVisible(in: line) == nil }

  /// Whether the line's last visible scalars are a terminator, perhaps followed by closing marks.
  func endsWithTerminator(_ line: Line) -> Bool {
    var end = line.upperBound
    while end > line.lowerBound {
      let (scalar, length) = ScalarClass.decode(bytes, before: end)
      if ScalarClass.isSpace(scalar) || ScalarClass.isClosing(scalar) {
        end -= length
        continue
      }
      return isTerminator(scalar)
    }
    return false
  }

  func firstVisible(in line: Line) -> (scalar: Unicode.Scalar, offset: Int, length: Int)? {
    var cursor = line.lowerBound
    while cursor < line.upperBound {
      let (scalar, length) = ScalarClass.decode(bytes, at: cursor)
      if !ScalarClass.isSpace(scalar) { return (scalar, cursor, length) }
      cursor += length
    }
    return nil
  }

  func lastVisible(in line: Line) -> (scalar: Unicode.Scalar, offset: Int)? {
    var end = line.upperBound
    while end > line.lowerBound {
      let (scalar, length) = ScalarClass.decode(bytes, before: end)
      if !ScalarClass.isSpace(scalar) { return (scalar, end - length) }
      end -= length
    }
    return nil
  }

  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }
}
