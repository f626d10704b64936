/// A document's title scored as a unit of its own: framing is often strongest in the headline,
/// which is rarely in the body. Its ranges are UTF-8 ranges into `text`, the title, and its
/// offsets in outputs count code points of the title.
public struct ScoredHeadline: Sendable {
  /// The title, as the document's metadata gives it, without surrounding spaces.
  public var text: String
  /// The title scored as one sentence (index 0): its hits, quotations, label and reason.
  public var scored: ScoredSentence

  public init(text: String, scored: ScoredSentence) {
    self.text = text
    self.scored = scored
  }

  /// The text of a UTF-8 range of the title.
  public func text(of utf8Range: Range<Int>) -> Substring { text.slice(utf8: utf8Range) }
}
