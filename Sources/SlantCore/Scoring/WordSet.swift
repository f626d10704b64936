/// A fixed list of folded words, looked up by a token's folded bytes: the scorer asks about
/// several words around every reporting verb, and a `String` and a `Set` hash per question
/// cost more than the rest of finding the source. Each word may carry a number: the line of
/// a context file it was written on, so that a reason can cite it.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private var table = ByteTable()

  init() {}

  init(arrayLiteral words: String...) {
    for var word in words { word.withUTF8 { _ = table.insert($0, value: 0) } }
  }

  var count: Int { table.count }

  /// Adds `word` with `value` unless it is there; returns the value it already had, if any.
  mutating func insert(_ word: String, value: Int32) -> Int32? {
    var word = word
    return word.withUTF8 { bytes in
      if let existing = table.value(bytes) { return existing }
      table.insert(bytes, value: value)
      return nil
    }
  }

  /// Whether `word`, folded, is in the list.
  func contains(_ word: String) -> Bool {
    var word = word
    return word.withUTF8 { table.value($0) != nil }
  }

  /// Whether the folded form of token `index` of `tokens` is in the list.
  func contains(token index: Int, of tokens: TokenList) -> Bool { value(token: index, of: tokens) != nil }

  /// The number stored with the folded form of token `index` of `tokens`, nil when it is not in
  /// the list or `index` is past the last token (rules look one word on: a text may end in `didn't`).
  func value(token index: Int, of tokens: TokenList) -> Int32? {
    guard tokens.tokens.indices.contains(index) else { return nil }
    let range = tokens.tokens[index].foldedRange
    return tokens.folded.withUnsafeBufferPointer { table.value(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// Whether token `index` is a possessive (`market's`, `market’s`) of a word in the list.
  func contains(possessive index: Int, of tokens: TokenList) -> Bool { value(possessive: index, of: tokens) != nil }

  /// The number stored with the word whose possessive token `index` is, nil when there is none.
  func value(possessive index: Int, of tokens: TokenList) -> Int32? {
    guard tokens.tokens.indices.contains(index) else { return nil }
    let range = tokens.tokens[index].foldedRange
    return tokens.folded.withUnsafeBufferPointer { folded in
      let bytes = UnsafeBufferPointer(rebasing: folded[range])
      for suffix in [[0x27, 0x73], [0xE2, 0x80, 0x99, 0x73]] as [[UInt8]] where bytes.count > suffix.count && bytes.reversed().starts(with: suffix.reversed()) {
        return table.value(UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - suffix.count)]))
      }
      return nil
    }
  }
}
