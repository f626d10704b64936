/// A word, number or mark in a text, with its exact place and its folded form for matching.
public struct Token: Sendable, Hashable {
  public enum Kind: UInt8, Sendable, Hashable {
    case word, number, punctuation, url, email, handle, hashtag
  }

  /// Where the token stands in the document text, in UTF-8 bytes.
  public var utf8Range: Range<Int>
  public var kind: Kind
  /// Where the token's folded form stands in its `TokenList.folded` buffer.
  public var foldedRange: Range<Int>

  public init(utf8Range: Range<Int>, kind: Kind, foldedRange: Range<Int>) {
    self.utf8Range = utf8Range
    self.kind = kind
    self.foldedRange = foldedRange
  }

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
}
