/// A feature vector that stores only its non-zero entries, as (index, value) pairs sorted by
/// index; a dense feature is simply present in every vector.
public struct SparseVector: Sendable, Hashable, Codable {
  public private(set) var indices: [Int]
  public private(set) var values: [Double]

  /// The vector of `pairs`; repeated indices are summed, zeros dropped.
  public init(_ pairs: [(index: Int, value: Double)]) {
    var merged: [(index: Int, value: Double)] = []
    for pair in pairs.sorted(by: { $0.index < $1.index }) {
      precondition(pair.index >= 0, "feature indices start at 0")
      if merged.last?.index == pair.index { merged[merged.count - 1].value += pair.value } else { merged.append(pair) }
    }
    merged.removeAll { $0.value == 0 }
    indices = merged.map(\.index)
    values = merged.map(\.value)
  }

  /// The vector with `dense[j]` at index `j`.
  public init(dense: [Double]) { self.init(dense.enumerated().map { (index: $0.offset, value: $0.element) }) }

  /// The dot product with the dense `weights`; indices past its end count as 0.
  public func dot(_ weights: [Double]) -> Double {
    var sum = 0.0
    for (index, value) in zip(indices, values) where index < weights.count { sum += weights[index] * value }
    return sum
  }
}
