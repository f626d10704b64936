import SlantCore
import SlantTerminal

/// A stretch of a sentence to mark: one or more overlapping hits merged into one span, shown in
/// the family that ranks first among them. Shared by the terminal and HTML views.
struct HitSpan: Sendable {
  /// Families marked in the sentence, in the order that decides a merged span's family; frames
  /// and other categories are listed under the sentence instead.
  static let markedFamilies: [CategoryFamily] = [.loaded, .labels, .intensity, .hedges, .attribution, .verbs]

  var utf8Range: Range<Int>
  var family: CategoryFamily
  /// The hits merged into this span, in text order.
  var hits: [Hit]

  /// The marked spans of `sentence`, in text order, with overlapping hits merged.
  static func spans(in sentence: ScoredSentence) -> [HitSpan] {
    var spans: [HitSpan] = []
    for hit in sentence.hits.sorted(by: { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }) {
      guard let rank = markedFamilies.firstIndex(of: hit.family) else { continue }
      if let last = spans.last, last.utf8Range.upperBound > hit.utf8Range.lowerBound {
        let family = markedFamilies.firstIndex(of: last.family)! <= rank ? last.family : hit.family
        spans[spans.count - 1] = HitSpan(
          utf8Range: last.utf8Range.lowerBound..<max(last.utf8Range.upperBound, hit.utf8Range.upperBound), family: family, hits: last.hits + [hit])
      } else {
        spans.append(HitSpan(utf8Range: hit.utf8Range, family: hit.family, hits: [hit]))
      }
    }
    return spans
  }

  /// The categories of other dictionaries (a LIWC file's) in `sentence`, sorted: frames are
  /// shown by the sentence's primary frame instead.
  static func otherCategories(in sentence: ScoredSentence) -> [String] {
    Set(sentence.hits.filter { $0.family == .other }.map(\.category)).sorted()
  }
}
