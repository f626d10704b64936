/// A k-fold split for cross-validation that keeps each group (the sentences of one article)
/// within one fold, so that a model is never tested on an article it learned from, with folds of
/// near-equal size.
///
/// Groups are shuffled with the seed, then, largest first (ties in shuffled order), each goes to
/// the fold holding the fewest items so far (ties to the lowest fold): scikit-learn's
/// `GroupKFold` balancing, made random but reproducible by the seed.
public struct GroupedFolds: Sendable, Hashable, Codable {
  /// k, or fewer when there are fewer groups than k.
  public let foldCount: Int
  /// The fold of each item, in the order the items were given.
  public let assignments: [Int]

  /// Splits items whose groups are `groups` (one per item) into `folds` folds.
  public init<Group: Hashable>(groups: [Group], folds: Int, seed: UInt64) {
    precondition(folds >= 1, "at least one fold")
    var numbers: [Group: Int] = [:], sizes: [Int] = []
    let groupOfItem = groups.map { group in
      let number = numbers[group] ?? {
        numbers[group] = sizes.count
        sizes.append(0)
        return sizes.count - 1
      }()
      sizes[number] += 1
      return number
    }
    var order = Array(sizes.indices)
    var generator = SeededGenerator(seed: seed)
    for index in order.indices.reversed() { order.swapAt(index, generator.index(below: index + 1)) }
    let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
    order.sort { (sizes[$0], rank[$1]!) > (sizes[$1], rank[$0]!) }
    foldCount = min(folds, sizes.count)
    var foldOfGroup = Array(repeating: 0, count: sizes.count), filled = Array(repeating: 0, count: foldCount)
    for group in order {
      let fold = filled.indices.min { (filled[$0], $0) < (filled[$1], $1) }!
      foldOfGroup[group] = fold
      filled[fold] += sizes[group]
    }
    assignments = groupOfItem.map { foldOfGroup[$0] }
  }

  /// The items held out for testing in `fold`, in item order.
  public func testItems(fold: Int) -> [Int] { assignments.indices.filter { assignments[$0] == fold } }

  /// The items to learn from when `fold` is held out, in item order.
  public func trainingItems(fold: Int) -> [Int] { assignments.indices.filter { assignments[$0] != fold } }
}
