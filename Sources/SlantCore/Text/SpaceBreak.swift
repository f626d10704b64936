/// Whether a space byte of UTF-8 text is surely a character of its own (a place to split words)
/// rather than part of a larger one: a combining mark, a joiner or a spacing mark after it, or
/// a prepended mark before it, makes one character with it. When every space of a text is
/// surely a break, splitting by its bytes gives the words that splitting by characters gives,
/// without finding every grapheme break; otherwise split by characters.
package enum SpaceBreak {
  /// Whether the space byte at `index` of `bytes` is surely a character of its own. Only
  /// neighbours of categories that never join a space let it pass (cased letters, numbers,
  /// punctuation, symbols other than modifiers, spaces): false may also mean "not sure".
  package static func isBreak(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
      let length = bytes[index + 1] >= 0xF0 ? 4 : bytes[index + 1] >= 0xE0 ? 3 : 2
      guard isStandalone(scalar(in: bytes, index + 1..<min(index + 1 + length, bytes.count))) else { return false }
    }
    if index > 0, bytes[index - 1] >= 0x80 {
      var start = index - 1
      while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      guard isStandalone(scalar(in: bytes, start..<index)) else { return false }
    }
    return true
  }

  private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Unicode.Scalar? {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).unicodeScalars.first
  }

  private static func isStandalone(_ scalar: Unicode.Scalar?) -> Bool {
    switch scalar?.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .decimalNumber, .letterNumber, .otherNumber, .connectorPunctuation,
      .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
      .currencySymbol, .otherSymbol, .spaceSeparator:
      true
    default: false
    }
  }
}
