/// Splits text into tokens with exact UTF-8 ranges.
///
/// Rules, chosen for news English: a word keeps inner apostrophes (`Khan’s`, `didn't`), inner
/// joining hyphens (`so-called`) and dotted initialisms (`U.S.`); a number keeps inner `.` and `,`
/// between digits (`2.5`, `1,000`); URLs, e-mail addresses, `@handles` and `#hashtags` are one
/// token each; every other visible mark is a punctuation token (a run of dots is one token).
public struct Tokenizer: Sendable {
  public init() {}

  /// The tokens of `text` within the UTF-8 range `range` (the whole text by default).
  public func tokens(in text: String, range: Range<Int>? = nil) -> TokenList {
    var list = TokenList()
    text.utf8.withContiguousBytes { bytes in
      let range = range ?? 0..<bytes.count
      list.tokens.reserveCapacity(range.count / 5)
      list.folded.reserveCapacity(range.count)
      var cursor = range.lowerBound
      while cursor < range.upperBound {
        let (scalar, length) = ScalarClass.decode(bytes, at: cursor)
        if ScalarClass.isSpace(scalar) {
          cursor += length
          continue
        }
        var chunkEnd = cursor
        while chunkEnd < range.upperBound {
          let (next, nextLength) = ScalarClass.decode(bytes, at: chunkEnd)
          if ScalarClass.isSpace(next) { break }
          chunkEnd += nextLength
        }
        Self.appendChunk(bytes, cursor..<chunkEnd, to: &list)
        cursor = chunkEnd
      }
    }
    return list
  }
}

private extension Tokenizer {
  /// Tokenizes one run of non-space scalars.
  static func appendChunk(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>, to list: inout TokenList) {
    var cursor = chunk.lowerBound
    if let end = specialTokenEnd(bytes, chunk) {
      let kind: Token.Kind =
        bytes[cursor] == UInt8(ascii: "@") ? .handle
        : bytes[cursor] == UInt8(ascii: "#") ? .hashtag
        : contains(bytes, cursor..<end, UInt8(ascii: "@")) && !hasURLPrefix(bytes, chunk) ? .email : .url
      append(bytes, cursor..<end, kind, to: &list)
      cursor = end
    }
    while cursor < chunk.upperBound {
      let (scalar, length) = ScalarClass.decode(bytes, at: cursor)
      if ScalarClass.isWord(scalar) {
        let end = wordEnd(bytes, from: cursor, limit: chunk.upperBound)
        append(bytes, cursor..<end, ScalarClass.isDigit(scalar) ? .number : .word, to: &list)
        cursor = end
      } else if bytes[cursor] == UInt8(ascii: ".") {
        var end = cursor + 1
        while end < chunk.upperBound && bytes[end] == UInt8(ascii: ".") { end += 1 }
        append(bytes, cursor..<end, .punctuation, to: &list)
        cursor = end
      } else {
        append(bytes, cursor..<cursor + length, .punctuation, to: &list)
        cursor += length
      }
    }
  }

  /// The end of a URL, e-mail address, handle or hashtag at the start of `chunk`, if there is one.
  static func specialTokenEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>) -> Int? {
    let start = chunk.lowerBound
    let first = bytes[start]
    if first == UInt8(ascii: "@") || first == UInt8(ascii: "#") {
      var end = start + 1
      var hasLetter = false
      while end < chunk.upperBound, isHandleByte(bytes[end]) {
        hasLetter = hasLetter || isASCIILetter(bytes[end])
        end += 1
      }
      return hasLetter ? end : nil
    }
    if hasURLPrefix(bytes, chunk) { return trimTrailingMarks(bytes, chunk) }
    guard let at = firstIndex(bytes, chunk, UInt8(ascii: "@")), at > start, isHandleByte(bytes[at - 1]) else { return nil }
    let end = trimTrailingMarks(bytes, chunk)
    guard at + 1 < end, let dot = firstIndex(bytes, at + 1..<end, UInt8(ascii: ".")), dot > at + 1, dot + 1 < end else { return nil }
    for index in start..<at where !isHandleByte(bytes[index]) && bytes[index] != UInt8(ascii: ".") && bytes[index] != UInt8(ascii: "-") && bytes[index] != UInt8(ascii: "+") {
      return nil
    }
    return end
  }

  static func hasURLPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>) -> Bool {
    hasPrefix(bytes, chunk, "http://") || hasPrefix(bytes, chunk, "https://") || hasPrefix(bytes, chunk, "www.")
  }

  /// The end of a word starting at `start`: letters and digits, joined by inner apostrophes,
  /// hyphens, dots of initialisms (`U.S.`) and decimal marks between digits.
  static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
    var end = start
    var letters = 0
    while end < limit {
      let (scalar, length) = ScalarClass.decode(bytes, at: end)
      if ScalarClass.isWord(scalar) {
        end += length
        letters += 1
        continue
      }
      guard end + length < limit else { break }
      let (next, _) = ScalarClass.decode(bytes, at: end + length)
      let (previous, _) = ScalarClass.decode(bytes, before: end)
      if ScalarClass.isApostrophe(scalar) && ScalarClass.isLetter(next) && ScalarClass.isLetter(previous) {
        end += length
      } else if ScalarClass.isJoiningHyphen(scalar) && ScalarClass.isWord(next) {
        end += length
      } else if (scalar == "." || scalar == ",") && ScalarClass.isDigit(previous) && ScalarClass.isDigit(next) {
        end += length
      } else if scalar == "." && letters == 1 && ScalarClass.isLetter(next) && isInitialism(bytes, from: end, limit: limit) {
        return initialismEnd(bytes, from: start, limit: limit)
      } else {
        break
      }
    }
    return end
  }

  /// Whether a single letter and a dot follow the dot at `dot`, as in `U.S.` or `a.m.`.
  static func isInitialism(_ bytes: UnsafeBufferPointer<UInt8>, from dot: Int, limit: Int) -> Bool {
    dot + 2 < limit && isASCIILetter(bytes[dot + 1]) && bytes[dot + 2] == UInt8(ascii: ".")
  }

  /// The end of an initialism such as `U.S.` or `a.m.`, trailing dot included.
  static func initialismEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
    var end = start
    while end + 1 < limit, isASCIILetter(bytes[end]), bytes[end + 1] == UInt8(ascii: ".") { end += 2 }
    return end
  }

  /// Drops the marks that usually follow a URL or address in prose: `.,;:!?)]"'` and curly quotes.
  static func trimTrailingMarks(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>) -> Int {
    var end = chunk.upperBound
    while end > chunk.lowerBound {
      let (scalar, length) = ScalarClass.decode(bytes, before: end)
      guard ".,;:!?".unicodeScalars.contains(scalar) || ScalarClass.isClosing(scalar) else { break }
      end -= length
    }
    return end
  }

  static func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ kind: Token.Kind, to list: inout TokenList) {
    let foldedStart = list.folded.count
    var cursor = range.lowerBound
    while cursor < range.upperBound {
      let byte = bytes[cursor]
      if byte < 0x80 {
        list.folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        cursor += 1
      } else {
        let (scalar, length) = ScalarClass.decode(bytes, at: cursor)
        ScalarClass.appendFolded(scalar, to: &list.folded)
        cursor += length
      }
    }
    list.tokens.append(Token(utf8Range: range, kind: kind, foldedRange: foldedStart..<list.folded.count))
  }

  static func isHandleByte(_ byte: UInt8) -> Bool { isASCIILetter(byte) || isDigitByte(byte) || byte == UInt8(ascii: "_") }
  static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
  static func isDigitByte(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>, _ prefix: StaticString) -> Bool {
    guard chunk.count > prefix.utf8CodeUnitCount else { return false }
    let prefixBytes = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
    for (index, byte) in prefixBytes.enumerated() where bytes[chunk.lowerBound + index] | 0x20 != byte | 0x20 { return false }
    return true
  }

  static func firstIndex(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ byte: UInt8) -> Int? {
    range.first { bytes[$0] == byte }
  }

  static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ byte: UInt8) -> Bool {
    firstIndex(bytes, range, byte) != nil
  }
}
