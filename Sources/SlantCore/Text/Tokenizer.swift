/// Splits text into tokens with exact UTF-8 ranges, in one pass over the bytes.
///
/// Rules, chosen for news English: a word keeps inner apostrophes (`Khan’s`, `didn't`), inner
/// joining hyphens (`so-called`) and dotted initialisms (`U.S.`); a number keeps inner `.` and `,`
/// between digits (`2.5`, `1,000`); URLs, e-mail addresses, `@handles` and `#hashtags` are one
/// token each; every other visible mark is a punctuation token (a run of dots is one token).
/// ASCII takes a table-driven fast path; other scalars are decoded only where they occur.
public struct Tokenizer: Sendable {
  public init() {}

  /// The tokens of `text` within the UTF-8 range `range` (the whole text by default).
  public func tokens(in text: String, range: Range<Int>? = nil) -> TokenList {
    var list = TokenList()
    text.utf8.withContiguousBytes { bytes in
      let range = range ?? 0..<bytes.count
      list.tokens.reserveCapacity(range.count / 5)
      // Folding never grows text by more than half, so the buffer is allocated once.
      list.folded = [UInt8](unsafeUninitializedCapacity: range.count * 3 / 2 + 4) { buffer, count in
        var scan = TokenScan(bytes: bytes, end: range.upperBound, folded: buffer.baseAddress!)
        scan.run(from: range.lowerBound, into: &list.tokens)
        count = scan.foldedCount
      }
    }
    return list
  }
}

/// Byte classes for the ASCII fast path.
private enum ByteClass {
  static let space: UInt8 = 1, letter: UInt8 = 2, digit: UInt8 = 4, handle: UInt8 = 8

  /// The class of each byte value, in memory that lives as long as the process.
  nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for byte in 0..<256 { table[byte] = classify(UInt8(byte)) }
    return UnsafePointer(table)
  }()

  private static func classify(_ byte: UInt8) -> UInt8 {
    switch byte {
    case 0x09...0x0D, 0x20: space
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): letter | handle
    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit | handle
    case UInt8(ascii: "_"): handle
    default: 0
    }
  }
}

private struct TokenScan {
  let bytes: UnsafeBufferPointer<UInt8>
  let end: Int
  /// Where folded forms are written, back to back.
  let folded: UnsafeMutablePointer<UInt8>
  var foldedCount = 0
  let table = ByteClass.table

  init(bytes: UnsafeBufferPointer<UInt8>, end: Int, folded: UnsafeMutablePointer<UInt8>) {
    self.bytes = bytes
    self.end = end
    self.folded = folded
  }

  @inline(__always) func byteClass(_ offset: Int) -> UInt8 { table[Int(bytes[offset])] }
  @inline(__always) func isAlphanumeric(_ byte: UInt8) -> Bool { table[Int(byte)] & (ByteClass.letter | ByteClass.digit) != 0 }

  mutating func run(from start: Int, into list: inout [Token]) {
    var cursor = start
    var atChunkStart = true
    while cursor < end {
      let byte = bytes[cursor]
      if byte < 0x80 {
        let kind = table[Int(byte)]
        if kind & ByteClass.space != 0 {
          cursor += 1
          atChunkStart = true
          continue
        }
        if atChunkStart, byte | 0x20 == UInt8(ascii: "h") || byte | 0x20 == UInt8(ascii: "w"), let urlEnd = urlEnd(at: cursor) {
          append(cursor..<urlEnd, .url, to: &list)
          cursor = urlEnd
        } else if kind & (ByteClass.letter | ByteClass.digit) != 0 {
          cursor = word(at: cursor, into: &list)
        } else if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "#"), let tagEnd = tagEnd(at: cursor) {
          append(cursor..<tagEnd, byte == UInt8(ascii: "@") ? .handle : .hashtag, to: &list)
          cursor = tagEnd
        } else if byte == UInt8(ascii: ".") {
          var dotsEnd = cursor + 1
          while dotsEnd < end && bytes[dotsEnd] == UInt8(ascii: ".") { dotsEnd += 1 }
          append(cursor..<dotsEnd, .punctuation, to: &list)
          cursor = dotsEnd
        } else {
          append(cursor..<cursor + 1, .punctuation, to: &list)
          cursor += 1
        }
        atChunkStart = false
        continue
      }
      let (scalar, length) = ScalarClass.decode(bytes, at: cursor)
      if ScalarClass.isSpace(scalar) {
        atChunkStart = true
      } else if ScalarClass.isWord(scalar) {
        cursor = word(at: cursor, into: &list)
        atChunkStart = false
        continue
      } else {
        append(cursor..<cursor + length, .punctuation, to: &list)
        atChunkStart = false
      }
      cursor += length
    }
  }

  /// Scans the word starting at `start`, appends it (or the e-mail address it turns out to
  /// end), and returns where scanning resumes.
  mutating func word(at start: Int, into list: inout [Token]) -> Int {
    var cursor = start
    var letters = 0
    let foldedStart = foldedCount
    while cursor < end {
      let byte = bytes[cursor]
      if byte < 0x80 {
        if isAlphanumeric(byte) {
          folded[foldedCount] = byte &- 0x41 < 26 ? byte | 0x20 : byte
          foldedCount &+= 1
          cursor &+= 1
          letters &+= 1
          continue
        }
        guard cursor + 1 < end else { break }
        let next = bytes[cursor + 1]
        if byte == UInt8(ascii: "-") && (isAlphanumeric(next) || next >= 0x80 && isWordScalar(at: cursor + 1))
          || byte == UInt8(ascii: "'") && isLetter(before: cursor) && isLetter(at: cursor + 1)
          || (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && isDigit(bytes[cursor - 1]) && isDigit(next)
        {
          folded[foldedCount] = byte
          foldedCount &+= 1
          cursor &+= 1
        } else if byte == UInt8(ascii: ".") && letters == 1 && isASCIILetter(bytes[start]) && cursor + 2 < end && isASCIILetter(next)
          && bytes[cursor + 2] == UInt8(ascii: ".")
        {
          foldedCount = foldedStart
          let initialism = start..<initialismEnd(from: start)
          append(initialism, .word, to: &list)
          return initialism.upperBound
        } else if byte == UInt8(ascii: "@"), isAlphanumeric(next), let email = emailRange(at: cursor, wordStart: start, list: list) {
          foldedCount = foldedStart
          removeTokens(from: email.lowerBound, in: &list)
          append(email, .email, to: &list)
          return email.upperBound
        } else {
          break
        }
        continue
      }
      let (scalar, length) = ScalarClass.decode(bytes, at: cursor)
      if ScalarClass.isApostrophe(scalar) {
        guard isLetter(before: cursor) && cursor + length < end && isLetter(at: cursor + length) else { break }
      } else if ScalarClass.isJoiningHyphen(scalar) {
        guard cursor + length < end && isWordScalar(at: cursor + length) else { break }
      } else if ScalarClass.isWord(scalar) {
        letters += 1
      } else {
        break
      }
      foldedCount += ScalarClass.fold(scalar, into: folded + foldedCount)
      cursor += length
    }
    list.append(Token(utf8Range: start..<cursor, kind: isDigit(bytes[start]) ? .number : .word, foldedRange: foldedStart..<foldedCount))
    return cursor
  }


  /// The end of an initialism such as `U.S.` or `a.m.`, trailing dot included.
  func initialismEnd(from start: Int) -> Int {
    var cursor = start
    while cursor + 1 < end, isASCIILetter(bytes[cursor]), bytes[cursor + 1] == UInt8(ascii: ".") { cursor += 2 }
    return cursor
  }

  /// The e-mail address around the `@` at `at`: local part back to the chunk's start, and a
  /// domain with at least one inner dot.
  func emailRange(at: Int, wordStart: Int, list: [Token]) -> Range<Int>? {
    var start = at
    while start > 0 {
      let byte = bytes[start - 1]
      guard table[Int(byte)] & ByteClass.handle != 0 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") else { break }
      start -= 1
    }
    // The local part never reaches into a token already made (`üU.S.a@b.co` keeps `üU.S.`).
    if let straddling = list.last(where: { $0.utf8Range.lowerBound < start }), straddling.utf8Range.upperBound > start {
      start = straddling.utf8Range.upperBound
    }
    guard start < at, table[Int(bytes[start])] & ByteClass.handle != 0 else { return nil }
    var domainEnd = at + 1, dots = 0
    while domainEnd < end {
      let byte = bytes[domainEnd]
      if isAlphanumeric(byte) || byte == UInt8(ascii: "-") {
        domainEnd += 1
      } else if byte == UInt8(ascii: "."), domainEnd + 1 < end, isAlphanumeric(bytes[domainEnd + 1]) {
        dots += 1
        domainEnd += 1
      } else {
        break
      }
    }
    return dots > 0 ? start..<domainEnd : nil
  }

  /// The end of a URL starting with `http://`, `https://` or `www.` at `start`: up to the next
  /// space, without the marks that usually follow a URL in prose.
  func urlEnd(at start: Int) -> Int? {
    guard start + 4 < end else { return nil }
    let first = bytes[start] | 0x20, second = bytes[start + 1] | 0x20
    guard first == UInt8(ascii: "h") && second == UInt8(ascii: "t") || first == UInt8(ascii: "w") && second == UInt8(ascii: "w") else { return nil }
    guard hasPrefix("http://", at: start) || hasPrefix("https://", at: start) || hasPrefix("www.", at: start) else { return nil }
    var cursor = start
    while cursor < end {
      let (scalar, length) = ScalarClass.decode(bytes, at: cursor)
      if ScalarClass.isSpace(scalar) { break }
      cursor += length
    }
    while cursor > start {
      let (scalar, length) = ScalarClass.decode(bytes, before: cursor)
      guard ".,;:!?".unicodeScalars.contains(scalar) || ScalarClass.isClosing(scalar) else { break }
      cursor -= length
    }
    return cursor
  }

  /// The end of `@handle` or `#hashtag` at `start`, when a letter follows.
  func tagEnd(at start: Int) -> Int? {
    var cursor = start + 1, hasLetter = false
    while cursor < end, byteClass(cursor) & ByteClass.handle != 0 {
      hasLetter = hasLetter || byteClass(cursor) & ByteClass.letter != 0
      cursor += 1
    }
    return hasLetter ? cursor : nil
  }

  func hasPrefix(_ prefix: StaticString, at start: Int) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard start + count < end else { return false }
    for index in 0..<count where bytes[start + index] | 0x20 != prefix.utf8Start[index] | 0x20 { return false }
    return true
  }

  func isLetter(at offset: Int) -> Bool {
    let byte = bytes[offset]
    return byte < 0x80 ? isASCIILetter(byte) : ScalarClass.isLetter(ScalarClass.decode(bytes, at: offset).scalar)
  }

  func isLetter(before offset: Int) -> Bool {
    let byte = bytes[offset - 1]
    return byte < 0x80 ? isASCIILetter(byte) : ScalarClass.isLetter(ScalarClass.decode(bytes, before: offset).scalar)
  }

  func isWordScalar(at offset: Int) -> Bool { ScalarClass.isWord(ScalarClass.decode(bytes, at: offset).scalar) }
  func isASCIILetter(_ byte: UInt8) -> Bool { table[Int(byte)] & ByteClass.letter != 0 }
  func isDigit(_ byte: UInt8) -> Bool { table[Int(byte)] & ByteClass.digit != 0 }

  /// Appends the token at `range` with its folded form.
  mutating func append(_ range: Range<Int>, _ kind: Token.Kind, to list: inout [Token]) {
    let foldedStart = foldedCount
    var cursor = range.lowerBound
    while cursor < range.upperBound {
      let byte = bytes[cursor]
      if byte < 0x80 {
        folded[foldedCount] = byte &- 0x41 < 26 ? byte | 0x20 : byte
        foldedCount += 1
        cursor += 1
      } else {
        let (scalar, length) = ScalarClass.decode(bytes, at: cursor)
        foldedCount += ScalarClass.fold(scalar, into: folded + foldedCount)
        cursor += length
      }
    }
    list.append(Token(utf8Range: range, kind: kind, foldedRange: foldedStart..<foldedCount))
  }

  /// Drops the tokens that start at or after the UTF-8 offset `offset`, with their folded forms.
  mutating func removeTokens(from offset: Int, in list: inout [Token]) {
    var first = list.count
    while first > 0 && list[first - 1].utf8Range.lowerBound >= offset { first -= 1 }
    guard first < list.count else { return }
    foldedCount = list[first].foldedRange.lowerBound
    list.removeSubrange(first...)
  }
}
