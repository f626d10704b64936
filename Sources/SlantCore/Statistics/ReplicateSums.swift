import Dispatch
import Foundation

/// The cluster bootstrap's raw material: documents as rows of counts (tokens, hits, sentences
/// per label…), each replicate drawing as many rows as there are, with replacement, and keeping
/// the sum of every column. Any ratio of sums (a rate, a share, a difference between groups)
/// is then read from the same draws, so every figure of a group rests on one resampling.
public struct ReplicateSums: Sendable {
  public let columns: Int
  public let replicates: Int
  /// `replicates × columns` sums, replicate by replicate; empty with fewer than two rows.
  private var sums: [Int]

  /// Resamples `rows` (`rows.count / columns` documents, row by row) with `generator`'s draws,
  /// in the order `Bootstrap.rate` takes them: replicate by replicate, one index per document.
  public init(rows: [Int], columns: Int, replicates: Int, seed: UInt64) {
    self.columns = columns
    let count = columns > 0 ? rows.count / columns : 0
    guard count >= 2, replicates > 0 else {
      self.replicates = 0
      sums = []
      return
    }
    self.replicates = replicates
    var sums = [Int](repeating: 0, count: replicates * columns)
    let layout = ColumnLayout(rows: rows, columns: columns, count: count)
    // Each replicate takes `count` draws, so a slice of replicates starts its own generator where
    // the sequence would be: the sums are the same on one core or many.
    let slices = min(replicates, 4 * ProcessInfo.processInfo.activeProcessorCount)
    sums.withUnsafeMutableBufferPointer { buffer in
      // Each slice writes only its own replicates' sums.
      nonisolated(unsafe) let sums = buffer
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        let first = slice * replicates / slices, end = (slice + 1) * replicates / slices
        var generator = SeededGenerator(seed: seed, skipping: first * count)
        // How many times each document is drawn in the replicate: a column's sum is then the
        // column weighted by these, and a sparse column (a driver's hits) costs only its nonzero rows.
        var draws = [Int32](repeating: 0, count: count)
        for replicate in first..<end {
          for row in 0..<count { draws[row] = 0 }
          for _ in 0..<count { draws[generator.index(below: count)] += 1 }
          layout.sum(weightedBy: draws, into: UnsafeMutableBufferPointer(rebasing: sums[replicate * columns..<(replicate + 1) * columns]))
        }
      }
    }
    self.sums = sums
  }

  /// Whether there are replicates to draw an interval from.
  public var hasReplicates: Bool { replicates > 0 }

  /// The sum of `column` in `replicate`.
  public func sum(_ replicate: Int, _ column: Int) -> Int { sums[replicate * columns + column] }

  /// The rows' columns laid out for weighted sums: dense columns whole (as 32-bit numbers when
  /// no sum can overflow them, which lets the loop run eight rows at a time), the others as
  /// their nonzero rows.
  private struct ColumnLayout: Sendable {
    var narrow: [(column: Int, values: [Int32])] = []
    var wide: [(column: Int, values: [Int])] = []
    var sparse: [(column: Int, rows: [Int], values: [Int])] = []

    init(rows: [Int], columns: Int, count: Int) {
      for column in 0..<columns {
        let values = (0..<count).map { rows[$0 * columns + column] }
        let nonzero = values.indices.filter { values[$0] != 0 }
        let largest = values.map(\.magnitude).max() ?? 0
        if nonzero.count * 4 < count {
          sparse.append((column, nonzero, nonzero.map { values[$0] }))
        } else if largest <= UInt(Int32.max) / UInt(count) {
          // A replicate's sum is at most `count` draws of the largest value.
          narrow.append((column, values.map { Int32($0) }))
        } else {
          wide.append((column, values))
        }
      }
    }

    func sum(weightedBy draws: [Int32], into sums: UnsafeMutableBufferPointer<Int>) {
      draws.withUnsafeBufferPointer { draws in
        for (column, values) in narrow {
          var total: Int32 = 0
          values.withUnsafeBufferPointer { values in
            for row in 0..<values.count { total &+= draws[row] &* values[row] }
          }
          sums[column] = Int(total)
        }
        for (column, values) in wide {
          var total = 0
          for row in values.indices { total &+= Int(draws[row]) &* values[row] }
          sums[column] = total
        }
        for (column, rows, values) in sparse {
          var total = 0
          for index in rows.indices { total &+= Int(draws[rows[index]]) &* values[index] }
          sums[column] = total
        }
      }
    }
  }

  /// The 2.5% and 97.5% percentiles of `statistic` over the replicates, or nil without them.
  public func interval(_ statistic: (Int) -> Double) -> (lower: Double, upper: Double)? {
    guard hasReplicates else { return nil }
    let values = (0..<replicates).map(statistic).sorted()
    return (Bootstrap.percentile(values, 0.025), Bootstrap.percentile(values, 0.975))
  }
}
