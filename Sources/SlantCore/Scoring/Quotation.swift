/// A stretch of text inside quotation marks: the voice of a source, or, when short and not
/// credited to anyone, the outlet's scare quotes.
public struct Quotation: Sendable, Hashable {
  /// From the opening mark to the closing one (or the paragraph's end), in UTF-8 bytes.
  public var utf8Range: Range<Int>
  /// The tokens between the marks, as indices into the document's `TokenList`.
  public var contentTokens: Range<Int>
  /// A short quoted phrase with no attribution nearby: the outlet keeping its distance.
  public var isScareQuote: Bool

  public init(utf8Range: Range<Int>, contentTokens: Range<Int>, isScareQuote: Bool = false) {
    self.utf8Range = utf8Range
    self.contentTokens = contentTokens
    self.isScareQuote = isScareQuote
  }
}
