extension LexiconTerm {
  /// The term and folded words of a lexicon line that holds a plain term and nothing else, or
  /// nil for any other line, which then takes the general path.
  ///
  /// A plain term is words separated and surrounded by spaces and tabs. A word starts with an
  /// ASCII letter and goes on with ASCII letters and digits, a hyphen between two of them
  /// (`so-called`, `covid-19`) or an apostrophe between two letters (`don't`); a word of letters
  /// only may end in `*` after at least `minimumStemLetters` of them. Such a line can hold no
  /// comment, header, field or alternative, and such a word is always one word token whose folded
  /// form is its lowercase (`Tokenizer`), so the words are those `words(of:)` gives, without the
  /// tokenizer or a `Substring` per word: most of a large lexicon reads this way. Hyphens and
  /// apostrophes were 437 of the 7,200 default entries, 15 M instructions through the tokenizer
  /// at every start (callgrind).
  static func plainTerm(in line: UnsafeBufferPointer<UInt8>) -> (term: String, words: [String])? {
    var start = 0, end = line.count
    while start < end && isBlank(line[start]) { start += 1 }
    while end > start && isBlank(line[end - 1]) { end -= 1 }
    guard start < end else { return nil }
    var words: [String] = []
    var wordCount = 1
    for index in start + 1..<end where isBlank(line[index - 1]) && !isBlank(line[index]) { wordCount += 1 }
    words.reserveCapacity(wordCount)
    var cursor = start
    while cursor < end {
      let wordStart = cursor
      guard isASCIILetter(line[cursor]) else { return nil }
      var isLettersOnly = true
      while cursor < end {
        let byte = line[cursor]
        if isASCIILetter(byte) {
          cursor += 1
        } else if isASCIIDigit(byte) {
          isLettersOnly = false
          cursor += 1
        } else if cursor + 1 < end
          && (byte == UInt8(ascii: "-") && isASCIIAlphanumeric(line[cursor + 1])
            || byte == UInt8(ascii: "'") && isASCIILetter(line[cursor - 1]) && isASCIILetter(line[cursor + 1]))
        {
          isLettersOnly = false
          cursor += 2
        } else {
          break
        }
      }
      let length = cursor - wordStart
      let isStem = cursor < end && line[cursor] == UInt8(ascii: "*")
      if isStem {
        guard isLettersOnly && length >= minimumStemLetters else { return nil }
        cursor += 1
      }
      guard cursor == end || isBlank(line[cursor]) else { return nil }
      words.append(String(unsafeUninitializedCapacity: cursor - wordStart) { folded in
        // Setting 0x20 lowercases a letter and leaves digits, hyphens and apostrophes as they are.
        for offset in 0..<length { folded[offset] = line[wordStart + offset] | 0x20 }
        if isStem { folded[length] = UInt8(ascii: "*") }
        return cursor - wordStart
      })
      while cursor < end && isBlank(line[cursor]) { cursor += 1 }
    }
    return (String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self), words)
  }

  private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

  private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

  private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool { isASCIILetter(byte) || isASCIIDigit(byte) }
}
