extension LexiconTerm {
  /// The term and folded words of a lexicon line that holds a plain term and nothing else, or
  /// nil for any other line, which then takes the general path.
  ///
  /// A plain term is words of ASCII letters, separated and surrounded by spaces and tabs, each
  /// word optionally ending in `*` after at least `minimumStemLetters` letters. Such a line can
  /// hold no comment, header, field or alternative, and a run of ASCII letters is always one
  /// word token whose folded form is its lowercase, so the words are those `words(of:)` gives,
  /// without the tokenizer or a `Substring` per word: most of a large lexicon reads this way.
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
      while cursor < end && isASCIILetter(line[cursor]) { cursor += 1 }
      let letters = cursor - wordStart
      guard letters > 0 else { return nil }
      let isStem = cursor < end && line[cursor] == UInt8(ascii: "*")
      if isStem {
        guard letters >= minimumStemLetters else { return nil }
        cursor += 1
      }
      guard cursor == end || isBlank(line[cursor]) else { return nil }
      words.append(String(unsafeUninitializedCapacity: cursor - wordStart) { folded in
        for offset in 0..<letters { folded[offset] = line[wordStart + offset] | 0x20 }
        if isStem { folded[letters] = UInt8(ascii: "*") }
        return cursor - wordStart
      })
      while cursor < end && isBlank(line[cursor]) { cursor += 1 }
    }
    return (String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self), words)
  }

  private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

  private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
}
