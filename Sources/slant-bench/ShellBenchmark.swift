import Foundation
import SlantCore
import SlantCLI
import SlantShell
import SlantTerminal

/// `slant-bench shell [--files N] [--runs N]`: opens a generated corpus of N documents (10,000 by
/// default) in a shell session, as `slant shell` does, and times every command typed at the
/// prompt, printing the median and the slowest run of each: first while the background is still
/// scoring, then once it has finished. Run it from the repository folder on a release build.
enum ShellBenchmark {
  static let commands = [
    "show", "next", "prev", "goto 3", "open 5000", "open 000042", "docs outlet3", "find Taliban", "find so-called", "find loaded.negative",
    "label 2 loaded", "unlabel 2 loaded", "note 2 a note", "accept 4", "reject 5", "span \"the\" loaded", "undo", "redo", "meta outlet Bench",
    "stats", "help",
  ]

  static func run(_ arguments: [String]) throws {
    let options = BenchOptions(arguments)
    let files = options.integer("files") ?? 10_000
    let runs = max(1, options.integer("runs") ?? 15)
    let corpus = try BenchSupport.generateCorpus(files: files)
    let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("slant-bench-shell-\(UUID().uuidString)").path
    defer {
      try? FileManager.default.removeItem(atPath: corpus)
      try? FileManager.default.removeItem(atPath: workspace)
    }
    try FileManager.default.createDirectory(atPath: workspace + "/annotations", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: "lexicons", toPath: workspace + "/lexicons")
    let context = CommandContext(console: .capturing(width: 100), workspace: workspace)
    var session: Session?
    let opening = try BenchSupport.seconds {
      session = try Session(paths: [corpus], context: context, annotator: "bench", lexiconArguments: ParsedArguments(command: "shell"), input: ScriptedInput([]))
    }
    guard var session else { return }
    print("opened \(files) documents in \(milliseconds(opening)); scoring goes on in the background")
    print("while scoring in the background:")
    for line in ["show", "next", "find Taliban", "open 9000"] { report(line, time(line, runs: runs, in: &session)) }
    let started = Date()
    while session.scoringProgress.scored < session.scoringProgress.total { usleep(10_000) }
    print("background scoring finished \(milliseconds(Date().timeIntervalSince(started))) after those; \(runs) runs of each command:")
    var slowest = (line: "", seconds: 0.0)
    for line in commands {
      let timings = time(line, runs: runs, in: &session)
      report(line, timings)
      if timings.max()! > slowest.seconds { slowest = (line, timings.max()!) }
    }
    let adding = time("lexicon add loaded.negative \"zzyzx\"", runs: 1, in: &session)
    report("lexicon add (then rescoring in the background)", adding)
    print("slowest: '\(slowest.line)' at \(milliseconds(slowest.seconds)); peak RSS \(String(format: "%.0f", BenchSupport.peakResidentMiB())) MiB")
  }

  static func time(_ line: String, runs: Int, in session: inout Session) -> [Double] {
    (0..<runs).map { _ in
      let seconds = BenchSupport.seconds { session.handle(line) }
      session.context.console = .capturing(width: 100)
      return seconds
    }
  }

  static func report(_ line: String, _ timings: [Double]) {
    print("  " + line.padding(toLength: 28, withPad: " ", startingAt: 0) + "median \(milliseconds(BenchSupport.median(timings)))  slowest \(milliseconds(timings.max()!))")
  }

  static func milliseconds(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
}
