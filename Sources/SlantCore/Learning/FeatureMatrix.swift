/// The judged sentences' features numbered once, in name order, so that each fold of
/// cross-validation picks its features by counting numbers instead of hashing names again.
struct FeatureMatrix: Sendable {
  /// Every feature name any sentence shows, sorted.
  let names: [String]
  /// Whether each feature is a word or a pair, which must be common enough to learn from.
  private let isTerm: [Bool]
  /// Each sentence's features as (number, value), by number.
  private let rows: [[(feature: Int32, value: Double)]]

  init(_ sentences: [JudgedSentence]) {
    var numbers: [String: Int32] = [:]
    var names: [String] = []
    for sentence in sentences {
      for name in sentence.features.keys where numbers[name] == nil {
        numbers[name] = Int32(names.count)
        names.append(name)
      }
    }
    let order = names.indices.sorted { names[$0] < names[$1] }
    var rank = [Int32](repeating: 0, count: names.count)
    for (position, index) in order.enumerated() { rank[index] = Int32(position) }
    self.names = order.map { names[$0] }
    isTerm = self.names.map { $0.hasPrefix("word:") || $0.hasPrefix("pair:") }
    rows = sentences.map { sentence in
      sentence.features.map { (feature: rank[Int(numbers[$0.key]!)], value: $0.value) }.sorted { $0.feature < $1.feature }
    }
  }

  /// The sentences at `items` as vectors over the features they show, words and pairs only
  /// when at least `minimumTermSentences` of them hold it; `features` maps each vector index
  /// to its number in `names`, in name order.
  func vectors(_ items: [Int], minimumTermSentences: Int) -> (vectors: [SparseVector], features: [Int]) {
    var counts = [Int](repeating: 0, count: names.count)
    for item in items {
      for entry in rows[item] { counts[Int(entry.feature)] += 1 }
    }
    var index = [Int](repeating: -1, count: names.count)
    var features: [Int] = []
    for feature in names.indices where counts[feature] > 0 && (!isTerm[feature] || counts[feature] >= minimumTermSentences) {
      index[feature] = features.count
      features.append(feature)
    }
    let vectors = items.map { item in
      SparseVector(rows[item].compactMap { entry in index[Int(entry.feature)] >= 0 ? (index: index[Int(entry.feature)], value: entry.value) : nil })
    }
    return (vectors, features)
  }
}
