import SlantCore

/// Exit statuses, as documented in `slant help`.
public enum ExitStatus {
  public static let success: Int32 = 0
  /// A runtime failure: nothing useful was produced.
  public static let failure: Int32 = 1
  /// A batch finished but skipped some inputs, each reported on standard error, even when it
  /// skipped every one: the batch did what it could, and the README promises 2 for bad input.
  public static let partial: Int32 = 2
  /// The command line does not fit the grammar.
  public static let usage: Int32 = 64

  /// The status a batch ends with: `success`; `partial` when something was skipped, even every
  /// input; `failure` when there was nothing to read at all (a folder without articles).
  public static func of(_ tally: BatchTally) -> Int32 {
    switch tally.outcome {
    case .complete: success
    case .partial: partial
    case .nothingRead: tally.skipped > 0 ? partial : failure
    }
  }
}
