/// A fixed list of folded words, looked up by a token's folded bytes: the scorer asks about
/// several words around every reporting verb, and a `String` and a `Set` hash per question
/// cost more than the rest of finding the source.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private var table = ByteTable()

  init(arrayLiteral words: String...) {
    for var word in words { word.withUTF8 { _ = table.insert($0, value: 0) } }
  }

  /// Whether the folded form of token `index` of `tokens` is in the list.
  func contains(token index: Int, of tokens: TokenList) -> Bool {
    let range = tokens.tokens[index].foldedRange
    return tokens.folded.withUnsafeBufferPointer { table.value(UnsafeBufferPointer(rebasing: $0[range])) != nil }
  }

  /// Whether token `index` is a possessive (`market's`, `market’s`) of a word in the list.
  func contains(possessive index: Int, of tokens: TokenList) -> Bool {
    let range = tokens.tokens[index].foldedRange
    return tokens.folded.withUnsafeBufferPointer { folded in
      let bytes = UnsafeBufferPointer(rebasing: folded[range])
      for suffix in [[0x27, 0x73], [0xE2, 0x80, 0x99, 0x73]] as [[UInt8]] where bytes.count > suffix.count && bytes.reversed().starts(with: suffix.reversed()) {
        return table.value(UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - suffix.count)])) != nil
      }
      return false
    }
  }
}
