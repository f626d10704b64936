extension SentenceScanner {
  /// The end of a dateline such as `ISLAMABAD:`, `NEW DELHI, Feb 23 -`, `MOSCOW (Reuters) —`
  /// or a bare `(AP) —`.
  func datelineEnd(in block: Range<Int>) -> Int? {
    var cursor = block.lowerBound
    if cursor < block.upperBound, bytes[cursor] == UInt8(ascii: "(") {
      let agencyEnd = skipAgency(from: cursor, limit: block.upperBound)
      return agencyEnd > cursor ? datelineMarkEnd(from: agencyEnd, limit: block.upperBound) : nil
    }
    var capitalWords = 0
    while true {
      let wordStart = cursor
      var uppercase = 0
      while cursor < block.upperBound, case let (scalar, length) = ScalarClass.decode(bytes, at: cursor),
        ScalarClass.isUppercase(scalar) || (cursor > wordStart && "-.'’".unicodeScalars.contains(scalar))
      {
        if ScalarClass.isUppercase(scalar) { uppercase += 1 }
        cursor += length
      }
      guard uppercase >= 2 || (uppercase == 1 && capitalWords > 0) else {
        cursor = wordStart
        break
      }
      capitalWords += 1
      guard cursor + 1 < block.upperBound, bytes[cursor] == UInt8(ascii: " "),
        case let next = ScalarClass.decode(bytes, at: cursor + 1).scalar, ScalarClass.isUppercase(next),
        isAllCapsWord(at: cursor + 1, limit: block.upperBound)
      else { break }
      cursor += 1
    }
    guard capitalWords > 0 else { return nil }
    cursor = skipDatelineDate(from: cursor, limit: block.upperBound)
    cursor = skipAgency(from: cursor, limit: block.upperBound)
    return datelineMarkEnd(from: cursor, limit: block.upperBound)
  }

  func isAllCapsWord(at start: Int, limit: Int) -> Bool {
    var cursor = start
    while cursor < limit, case let (scalar, length) = ScalarClass.decode(bytes, at: cursor), !ScalarClass.isSpace(scalar) {
      if ScalarClass.isLowercase(scalar) { return false }
      cursor += length
    }
    return true
  }

  /// Skips `, Feb 23` or `, February 23` after the place name.
  func skipDatelineDate(from start: Int, limit: Int) -> Int {
    guard start + 2 < limit, bytes[start] == UInt8(ascii: ","), bytes[start + 1] == UInt8(ascii: " ") else { return start }
    var cursor = start + 2
    guard cursor < limit, ScalarClass.isUppercase(ScalarClass.decode(bytes, at: cursor).scalar) else { return start }
    while cursor < limit, case let (scalar, length) = ScalarClass.decode(bytes, at: cursor), ScalarClass.isLetter(scalar) || scalar == "." {
      cursor += length
    }
    guard cursor < limit, bytes[cursor] == UInt8(ascii: " ") else { return start }
    cursor += 1
    let digitsStart = cursor
    while cursor < limit, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 { cursor += 1 }
    return cursor > digitsStart ? cursor : start
  }

  /// Skips ` (Reuters)` after the place name, or `(AP)` opening the paragraph.
  func skipAgency(from start: Int, limit: Int) -> Int {
    let opening = start < limit && bytes[start] == UInt8(ascii: " ") ? start + 1 : start
    guard opening < limit, bytes[opening] == UInt8(ascii: "(") else { return start }
    var cursor = opening + 1
    while cursor < limit, cursor - start < 40, bytes[cursor] != UInt8(ascii: ")") {
      if ScalarClass.isLineEnd(bytes[cursor]) { return start }
      cursor += 1
    }
    return cursor < limit && bytes[cursor] == UInt8(ascii: ")") ? cursor + 1 : start
  }

  /// The end of the `:`, ` -`, ` –` or ` —` that closes a dateline, when a space or the line end follows.
  func datelineMarkEnd(from start: Int, limit: Int) -> Int? {
    var cursor = start
    if cursor < limit, bytes[cursor] == UInt8(ascii: ":") {
      cursor += 1
    } else if cursor + 1 < limit, bytes[cursor] == UInt8(ascii: " "),
      case let (mark, length) = ScalarClass.decode(bytes, at: cursor + 1), "-–—".unicodeScalars.contains(mark)
    {
      cursor += 1 + length
    } else {
      return nil
    }
    guard cursor == limit || ScalarClass.isSpace(ScalarClass.decode(bytes, at: cursor).scalar) else { return nil }
    return cursor
  }
}
