/// A word, number or mark in a text, with its exact place and its folded form for matching.
///
/// Stored in 20 bytes (32-bit offsets: documents are at most 1 GiB) because a corpus holds
/// hundreds of millions of tokens and their size is most of the tokenizer's cost.
public struct Token: Sendable, Hashable {
  public enum Kind: UInt8, Sendable, Hashable {
    case word, number, punctuation, url, email, handle, hashtag
  }

  private let utf8Start: UInt32, utf8End: UInt32
  private let foldedStart: UInt32, foldedEnd: UInt32
  public let kind: Kind

  public init(utf8Range: Range<Int>, kind: Kind, foldedRange: Range<Int>) {
    utf8Start = UInt32(utf8Range.lowerBound)
    utf8End = UInt32(utf8Range.upperBound)
    foldedStart = UInt32(foldedRange.lowerBound)
    foldedEnd = UInt32(foldedRange.upperBound)
    self.kind = kind
  }

  /// Where the token stands in the document text, in UTF-8 bytes.
  public var utf8Range: Range<Int> { Int(utf8Start)..<Int(utf8End) }
  /// Where the token's folded form stands in its `TokenList.folded` buffer.
  public var foldedRange: Range<Int> { Int(foldedStart)..<Int(foldedEnd) }

  /// Words, numbers, URLs, addresses, handles and hashtags; everything but punctuation.
  public var isWordLike: Bool { kind != .punctuation }
}

/// The tokens of a text and one shared buffer holding all their folded forms, computed once.
public struct TokenList: Sendable {
  public var tokens: [Token] = []
  /// Folded forms of all tokens, back to back: lowercase, straight quotes, ASCII hyphens.
  public var folded: [UInt8] = []

  public init() {}

  /// The folded bytes of `token`.
  public func foldedBytes(of token: Token) -> ArraySlice<UInt8> { folded[token.foldedRange] }

  /// The folded form of `token` as a string, for display and tests.
  public func foldedText(of token: Token) -> String { String(decoding: folded[token.foldedRange], as: UTF8.self) }

  /// Whether a line break stands between the token at `index` and the one before it, in the
  /// text whose UTF-8 bytes are `bytes`; the first token opens a line.
  public func breaksLine(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    index == 0 || bytes[tokens[index - 1].utf8Range.upperBound..<tokens[index].utf8Range.lowerBound].contains(0x0A)
  }
}
