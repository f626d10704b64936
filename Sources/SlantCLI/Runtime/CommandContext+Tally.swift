import SlantCore

extension CommandContext {
  /// Closes a batch: reports its tally on standard error when anything was skipped, and returns
  /// the exit status it comes to.
  func close(_ tally: BatchTally) -> Int32 {
    if let summary = tally.summary { console.report(summary) }
    return ExitStatus.of(tally)
  }
}
