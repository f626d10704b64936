/// One sentence of a document: its position in the document and its exact UTF-8 range.
public struct Sentence: Sendable, Hashable {
  /// Zero-based position of the sentence in its document.
  public var index: Int
  /// Where the sentence stands in the document text, in UTF-8 bytes, without surrounding spaces.
  public var utf8Range: Range<Int>

  public init(index: Int, utf8Range: Range<Int>) {
    self.index = index
    self.utf8Range = utf8Range
  }
}
