/// Finds where a pattern occurs in a text with at most a bounded number of edits (insertions,
/// deletions, substitutions of scalars): Sellers' dynamic programming over the text, keeping the
/// start of the best alignment ending at each position.
struct ApproximateMatcher {
  /// A place the pattern matches: a scalar range of the text and the edits it takes.
  struct Match: Equatable {
    var scalarRange: Range<Int>
    var edits: Int
  }

  var maximumEdits: Int

  /// The best match ending at each text position within the bound, one per start position.
  /// - Complexity: O(text × pattern).
  func matches(of pattern: [UInt32], in text: [UInt32]) -> [Match] {
    let m = pattern.count
    guard m > 0, !text.isEmpty else { return [] }
    var previousCost = Array(0...m), currentCost = Array(repeating: 0, count: m + 1)
    var previousStart = Array(repeating: 0, count: m + 1), currentStart = previousStart
    var bestByStart: [Int: Match] = [:]
    for column in 1...text.count {
      currentCost[0] = 0
      currentStart[0] = column
      let character = text[column - 1]
      for row in 1...m {
        let substitution = previousCost[row - 1] + (pattern[row - 1] == character ? 0 : 1)
        let skipText = previousCost[row] + 1
        let skipPattern = currentCost[row - 1] + 1
        if substitution <= skipText && substitution <= skipPattern {
          currentCost[row] = substitution
          currentStart[row] = previousStart[row - 1]
        } else if skipText <= skipPattern {
          currentCost[row] = skipText
          currentStart[row] = previousStart[row]
        } else {
          currentCost[row] = skipPattern
          currentStart[row] = currentStart[row - 1]
        }
      }
      if currentCost[m] <= maximumEdits {
        let match = Match(scalarRange: currentStart[m]..<column, edits: currentCost[m])
        if bestByStart[match.scalarRange.lowerBound].map({ $0.edits > match.edits }) ?? true {
          bestByStart[match.scalarRange.lowerBound] = match
        }
      }
      swap(&previousCost, &currentCost)
      swap(&previousStart, &currentStart)
    }
    return bestByStart.values.sorted { $0.scalarRange.lowerBound < $1.scalarRange.lowerBound }
  }
}
