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
/// - A dateline at the start of a paragraph (`ISLAMABAD:`, `MOSCOW (Reuters) -`) stands alone.
/// - `.`, `?`, `!` and ellipses end a sentence before white space, with closing quotes and
///   brackets kept, unless the next word continues it: a lowercase word; after a title (`Mr.`,
///   `Gen.`, `No.`) or an initial (`J.`), anything; after a month, `etc.`, `Inc.` or an
///   initialism (`U.S.`, `a.m.`), anything but a common sentence opener such as `The`.
///
/// Sentences never overlap, come in order, and cover every non-space character of the range.
public struct SentenceSegmenter: Sendable {
  public init() {}

  /// The sentences of `text` within the UTF-8 range `range` (the whole text by default).
  public func sentences(in text: String, range: Range<Int>? = nil) -> [Sentence] {
    var sentences: [Sentence] = []
    text.utf8.withContiguousBytes { bytes in
      var scanner = SentenceScanner(bytes: bytes, sentences: [])
      let range = range ?? 0..<bytes.count
      for paragraph in scanner.paragraphs(in: range) {
        for (position, block) in scanner.blocks(of: paragraph).enumerated() {
          scanner.splitBlock(block, atParagraphStart: position == 0)
        }
      }
      sentences = scanner.sentences
    }
    return sentences
  }
}

/// The segmenter's working state over one text's bytes.
struct SentenceScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var sentences: [Sentence]

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
    return !SegmenterWords.wrapEndings.contains(wordBefore(lastEnd, from: previous.lowerBound))
  }

  /// Splits one block at sentence-ending punctuation and records the sentences.
  mutating func splitBlock(_ block: Range<Int>, atParagraphStart: Bool) {
    var sentenceStart = block.lowerBound
    if atParagraphStart, let datelineEnd = datelineEnd(in: block) {
      record(block.lowerBound..<datelineEnd)
      sentenceStart = datelineEnd
    }
    var cursor = bulletMarkerEnd(in: block) ?? sentenceStart
    while cursor < block.upperBound {
      if !SegmenterWords.mayEndSentence[Int(bytes[cursor])] {
        cursor &+= 1
        continue
      }
      let (scalar, length) = ScalarClass.decode(bytes, at: cursor)
      guard isTerminator(scalar) else {
        cursor += length
        continue
      }
      let terminatorStart = cursor
      var dots = 0, hasQuestionOrExclamation = false, hasEllipsis = false
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
      let terminatorEnd = cursor
      while cursor < block.upperBound, case let (mark, markLength) = ScalarClass.decode(bytes, at: cursor), ScalarClass.isClosing(mark) {
        cursor += markLength
      }
      let sentenceEnd = cursor
      guard sentenceEnd < block.upperBound else { break }
      guard ScalarClass.isSpace(ScalarClass.decode(bytes, at: sentenceEnd).scalar) else {
        cursor = terminatorEnd
        continue
      }
      guard let next = nextStart(after: sentenceEnd, limit: block.upperBound) else { break }
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

  /// Whether a single period at `period` ends the sentence, given what follows.
  func periodEnds(before period: Int, from limit: Int, next: NextStart) -> Bool {
    if ScalarClass.isLowercase(next.letter) { return false }
    let wordStart = wordStart(before: period, from: limit)
    if period - wordStart > 6 && !bytes[wordStart..<period].contains(UInt8(ascii: ".")) { return true }
    let word = text(wordStart..<period)
    if SegmenterWords.titles.contains(word) { return false }
    if period - wordStart == 1 && bytes[wordStart] &- 0x41 < 26 { return false }
    if SegmenterWords.neverEnding.contains(word.lowercased()) { return false }
    if SegmenterWords.conditional.contains(word) || isInitialism(wordStart..<period) {
      return SegmenterWords.openers.contains(text(next.wordRange))
    }
    return true
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
    sentences.append(Sentence(index: sentences.count, utf8Range: start..<end))
  }

  func isTerminator(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "?" || scalar == "!" || scalar == "…" }

  func isBlank(_ line: Line) -> Bool { firstVisible(in: line) == nil }

  /// A line that starts with `-`, `*`, `•`, or a number and `.` or `)`, followed by a space.
  func isBullet(_ line: Line) -> Bool { bulletMarkerEnd(in: line) != nil }

  /// The end of the bullet marker that starts `line`, if it starts with one: the `1.` of a
  /// numbered item must not end a sentence.
  func bulletMarkerEnd(in line: Line) -> Int? {
    guard let first = firstVisible(in: line) else { return nil }
    var cursor = first.offset
    if first.scalar == "-" || first.scalar == "*" || first.scalar == "•" {
      cursor += first.length
    } else if ScalarClass.isDigit(first.scalar) {
      while cursor < line.upperBound, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 { cursor += 1 }
      guard cursor < line.upperBound, bytes[cursor] == UInt8(ascii: ".") || bytes[cursor] == UInt8(ascii: ")") else { return nil }
      cursor += 1
    } else {
      return nil
    }
    return cursor < line.upperBound && bytes[cursor] == UInt8(ascii: " ") ? cursor : nil
  }

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
