import SlantCore

extension CommandContext {
  /// Closes a batch over `paths`: says so when no document was read, ends with the one summary
  /// line on standard error (documents, sentences, skipped, time), and returns the exit status
  /// the batch comes to.
  func close(_ tally: BatchTally, paths: [String]) -> Int32 {
    if tally.read == 0 {
      if paths == ["-"] {
        console.report("no documents read from standard input (JSON Lines articles, one a line)")
      } else {
        let names = paths.map { PathName.relative($0, to: workspace) }.joined(separator: ", ")
        console.report("no documents read from \(names) (articles are .txt, .md, .html, .htm, .jsonl or .csv files)")
      }
    }
    let elapsed = started.duration(to: .now).components
    console.report(tally.summary(seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18))
    return ExitStatus.of(tally)
  }
}
