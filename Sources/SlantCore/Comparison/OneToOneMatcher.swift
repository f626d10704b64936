/// The aligner's greedy matching, fed the most similar candidates first: a sentence gets at most
/// one partner in each other outlet, the first one offered.
struct OneToOneMatcher {
  /// A sentence and another outlet it already has its partner in.
  private struct Partnered: Hashable {
    var sentence: Int
    var outlet: Int
  }

  private var partnered = Set<Partnered>()
  private(set) var matched: Set<Int> = []
  /// The pairs made, in the order they were made: `(left, right, similarity)`, left in the lower outlet.
  private(set) var pairs: [(left: Int, right: Int, similarity: Double)] = []

  init(sentences: Int) { matched.reserveCapacity(sentences) }

  /// Pairs the sentences of `lefts` (of `leftOutlet`, ascending) not yet partnered in
  /// `rightOutlet` with those of `rights` not yet partnered in `leftOutlet`, in order: what
  /// offering every pair of them, left by left, would leave.
  mutating func match(_ lefts: [Int], _ leftOutlet: Int, with rights: [Int], _ rightOutlet: Int, similarity: Double) {
    let freeRights = rights.filter { !partnered.contains(Partnered(sentence: $0, outlet: leftOutlet)) }
    var next = 0
    for left in lefts where !partnered.contains(Partnered(sentence: left, outlet: rightOutlet)) {
      guard next < freeRights.count else { return }
      let right = freeRights[next]
      next += 1
      partnered.insert(Partnered(sentence: left, outlet: rightOutlet))
      partnered.insert(Partnered(sentence: right, outlet: leftOutlet))
      matched.insert(left)
      matched.insert(right)
      pairs.append((left, right, similarity))
    }
  }
}
