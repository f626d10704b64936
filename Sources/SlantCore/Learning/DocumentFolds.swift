/// Documents dealt into folds for cross-validation, so that all sentences of one document fall
/// in the same fold: sentences of one article share its outlet, topic and writer, and a model
/// tested on sentences of articles it learned from would look better than it is.
struct DocumentFolds {
  let count: Int
  private let foldOfSentence: [Int]

  /// Folds for sentences whose documents are `documents` (one entry per sentence). Documents are
  /// shuffled with `seed`, then each goes to the fold with the fewest sentences so far, so folds
  /// are balanced in sentences; with fewer documents than `count`, there are fewer folds.
  init(documents: [Int], count: Int, seed: UInt64) {
    var sizes: [Int: Int] = [:]
    for document in documents { sizes[document, default: 0] += 1 }
    var order = sizes.keys.sorted()
    var generator = SeededGenerator(seed: seed)
    order.shuffle(using: &generator)
    let count = max(1, min(count, order.count))
    var load = [Int](repeating: 0, count: count)
    var foldOfDocument: [Int: Int] = [:]
    for document in order {
      let fold = load.indices.min { (load[$0], $0) < (load[$1], $1) }!
      foldOfDocument[document] = fold
      load[fold] += sizes[document]!
    }
    self.count = count
    foldOfSentence = documents.map { foldOfDocument[$0]! }
  }

  func fold(ofSentence index: Int) -> Int { foldOfSentence[index] }
}
