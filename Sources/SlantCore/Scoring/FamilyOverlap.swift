/// One token counts once per family: where hits of two categories of one family share words
/// (`regime` in `contested` and in `loaded.negative`; `gender ideology` over `ideology`), only
/// the longest is kept, then the one that passes a judgement (`failed to notice` as factive
/// rather than implicative), then the heavier, then the first found. Done once, as the scorer finds
/// hits, so that every table, chart, comparison, report and export counts the same hits.
///
/// Attribution keeps its nested hits (`said` inside `sources said` is how a source is found),
/// frames and other dictionaries may tag one word with several categories by design, and
/// negators only modify.
enum FamilyOverlap {
  /// Whether overlapping hits of `family` count once.
  static func isCountedOnce(_ family: CategoryFamily) -> Bool {
    switch family {
    case .loaded, .labels, .intensity, .hedges, .verbs: true
    case .attribution, .negators, .frames, .other: false
    }
  }

  /// Removes from `hits` each hit that shares a token with a longer (or equally long and
  /// heavier, or earlier) hit of the same family.
  static func removeShadowed(_ hits: inout [Hit]) {
    guard hits.count > 1 else { return }
    var shadowed: [Int] = []
    for index in hits.indices where isCountedOnce(hits[index].family) {
      let hit = hits[index]
      let isShadowed = hits.indices.contains { other in
        other != index && hits[other].family == hit.family && hits[other].tokenRange.overlaps(hit.tokenRange)
          && Self.outranks(hits[other], other, hit, index)
      }
      if isShadowed { shadowed.append(index) }
    }
    for index in shadowed.reversed() { hits.remove(at: index) }
  }

  /// Whether `first` (at `firstIndex`) is kept over `second`: more tokens, then evaluative,
  /// then more weight, then found earlier.
  private static func outranks(_ first: Hit, _ firstIndex: Int, _ second: Hit, _ secondIndex: Int) -> Bool {
    if first.tokenRange.count != second.tokenRange.count { return first.tokenRange.count > second.tokenRange.count }
    if first.entry.isEvaluative != second.entry.isEvaluative { return first.entry.isEvaluative }
    if first.entry.weight != second.entry.weight { return first.entry.weight > second.entry.weight }
    return firstIndex < secondIndex
  }
}
