/// What a batch of inputs came to: documents read and bad inputs skipped (each reported where
/// it was met). Every batch command closes with the same line and outcome from here, whether it
/// read one file at a time, a window of files on all cores, or a stream of lines.
public struct BatchTally: Sendable, Equatable {
  /// How a batch ended.
  public enum Outcome: Sendable, Equatable {
    /// Nothing was skipped.
    case complete
    /// Some inputs were skipped, some documents read.
    case partial
    /// Inputs were skipped and no document was read.
    case nothingRead
  }

  public var read = 0
  public var skipped = 0

  public init(read: Int = 0, skipped: Int = 0) {
    self.read = read
    self.skipped = skipped
  }

  public var outcome: Outcome { skipped == 0 ? .complete : read == 0 ? .nothingRead : .partial }

  /// `skipped 2 bad inputs, read 5 documents`; nil when nothing was skipped.
  public var summary: String? {
    guard skipped > 0 else { return nil }
    return "skipped \(skipped) bad input\(skipped == 1 ? "" : "s"), read \(read) document\(read == 1 ? "" : "s")"
  }
}
