/// Walks a document's quotations alongside its sentences, so that each sentence finds the
/// quotations with words in it without scanning the whole document's: asked for token ranges in
/// document order, it keeps only the quotations still open at the current sentence.
///
/// - Complexity: O(q + s + r) over a document with q quotations and s sentences, where r is the
///   number of (sentence, quotation) pairs returned.
struct QuotationCursor {
  /// The quotations, ordered by where they open (as `QuotationFinder` returns them).
  private let quotations: [Quotation]
  private var nextIndex = 0
  /// Quotations opened before the current sentence's end and not closed before its start.
  private var open: [Quotation] = []

  init(quotations: [Quotation]) { self.quotations = quotations }

  /// The quotations whose content shares a token with `tokenRange`, in the order they open.
  /// Each call must ask about a range that starts and ends no earlier than the one before.
  mutating func quotations(overlapping tokenRange: Range<Int>) -> [Quotation] {
    while nextIndex < quotations.count, quotations[nextIndex].contentTokens.lowerBound < tokenRange.upperBound {
      if !quotations[nextIndex].contentTokens.isEmpty { open.append(quotations[nextIndex]) }
      nextIndex += 1
    }
    open.removeAll { $0.contentTokens.upperBound <= tokenRange.lowerBound }
    return tokenRange.isEmpty ? [] : open
  }
}
