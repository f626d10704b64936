import Foundation
import SlantCore
import SlantTestSupport

/// `slant-bench fuzz [--inputs N] [--runs N] [--seed S] [--timeout SECONDS] [--parser NAME]`: the long run of the
/// parser fuzzing in `swift test`. For each parser it first checks N mutated inputs in process
/// (a problem is a wrong result), then runs the built `slant` on `--runs` of them in a scratch
/// workspace and counts crashes (a signal or an unknown exit status), hangs (past the timeout)
/// and runs that changed a file they must not: an input, the corpus, the lexicons, a sidecar
/// that does not parse, or anything left outside `annotations/` and `.slant/`.
enum FuzzBenchmark {
  static func run(_ arguments: [String]) throws {
    let options = BenchOptions(arguments)
    let inputs = options.integer("inputs") ?? 20_000, runs = options.integer("runs") ?? 300
    let seed = UInt64(options.integer("seed") ?? 18), timeout = Double(options.integer("timeout") ?? 10)
    let slant = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("slant").path
    let scratch = NSTemporaryDirectory() + "slant-fuzz-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    print("seed \(seed), \(inputs) inputs in process and \(runs) runs of \(slant) per parser, timeout \(Int(timeout)) s")
    print("parser    inputs  problems   runs  crashes  hangs  files changed  seconds")
    var totals = [0, 0, 0, 0, 0, 0]
    for target in ParserFuzzTarget.all where options.values["parser"].map({ $0 == target.name }) ?? true {
      let start = Date()
      try FileManager.default.createDirectory(atPath: scratch + "/in-process", withIntermediateDirectories: true)
      let problems = target.run(count: inputs, seed: seed, folder: scratch + "/in-process")
      var workspace = try FuzzWorkspace(path: scratch + "/workspace-\(target.name)")
      for (index, problem) in problems.enumerated() {
        if index < 3 { print("  \(problem)") }
        workspace.keep(problem.input, as: "problem-\(target.name)-\(index)")
      }
      var mutator = FuzzMutator(seed: seed &+ 1)
      var crashes = 0, hangs = 0, changed = 0
      for index in 0..<runs {
        let input = index < target.samples.count ? target.samples[index] : mutator.input(from: target.samples, tokens: target.tokens)
        let (command, inputPath) = try workspace.prepare(target.name, input: input)
        let before = workspace.snapshot()
        switch ChildProcess.run(slant, command, in: workspace.path, timeout: timeout) {
        case .exited(let status) where [0, 1, 2, 64].contains(status): break
        case .exited, .signalled:
          crashes += 1
          workspace.keep(input, as: "crash-\(target.name)-\(index)")
        case .timedOut:
          hangs += 1
          workspace.keep(input, as: "hang-\(target.name)-\(index)")
        }
        if workspace.snapshot(expecting: before, input: input, at: inputPath, target: target.name) {
          changed += 1
          workspace.keep(input, as: "changed-\(target.name)-\(index)")
        }
      }
      let row = [inputs, problems.count, runs, crashes, hangs, changed]
      for (index, value) in row.enumerated() { totals[index] += value }
      print(
        target.name.padding(toLength: 8, withPad: " ", startingAt: 0) + row.map { String($0) }.enumerated().map { index, text in
          text.leftPadded(to: [8, 10, 7, 9, 7, 15][index])
        }.joined() + String(format: "%9.1f", Date().timeIntervalSince(start)))
    }
    print("total   " + totals.enumerated().map { String($1).leftPadded(to: [8, 10, 7, 9, 7, 15][$0]) }.joined())
    if totals[1] + totals[3] + totals[4] + totals[5] > 0 { print("inputs that failed are kept in \(FuzzWorkspace.findings)") }
  }
}

/// The scratch workspace the fuzzed `slant` runs in: one short article, a small lexicon, and
/// the file under test written fresh before each run.
struct FuzzWorkspace {
  static let findings = NSTemporaryDirectory() + "slant-fuzz-findings"
  let path: String
  static let article = "The so-called talks were brutal, officials said. Khan reportedly met Putin.\n"

  init(path: String) throws {
    self.path = path
    let manager = FileManager.default
    try? manager.removeItem(atPath: path)
    try manager.createDirectory(atPath: path + "/corpus", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: path + "/lexicons", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: path + "/fuzzlex", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: path + "/feed", withIntermediateDirectories: true)
    try Data(Self.article.utf8).write(to: URL(fileURLWithPath: path + "/corpus/a.txt"))
    try Data("[loaded.negative] Judgements.\nbrutal\nso-called\n[hedge.weak] Softeners.\nreportedly\n".utf8).write(to: URL(fileURLWithPath: path + "/lexicons/small.txt"))
  }

  /// Writes `input` where the parser `target` reads it and returns the command to run and the
  /// input's path.
  mutating func prepare(_ target: String, input: [UInt8]) throws -> ([String], String) {
    for stale in ["annotations", ".slant", "fuzzlex/x.txt", "fuzzlex/x.dic", "corpus/manifest.csv", "feed/feed.jsonl"] {
      try? FileManager.default.removeItem(atPath: path + "/" + stale)
    }
    let (command, file): ([String], String) =
      switch target {
      case "sidecar": (["annotate", "corpus/a.txt", "--sentence", "0", "--label", "hedged", "--lexicons", "lexicons"], "annotations/corpus/a.json")
      case "lexicon": (["score", "corpus/a.txt", "--lexicons", "fuzzlex"], "fuzzlex/x.txt")
      case "liwc": (["score", "corpus/a.txt", "--lexicons", "fuzzlex"], "fuzzlex/x.dic")
      case "jsonl": (["score", "feed/feed.jsonl", "--format", "jsonl", "--lexicons", "lexicons"], "feed/feed.jsonl")
      default: (["score", "corpus", "--format", "csv", "--lexicons", "lexicons"], "corpus/manifest.csv")
      }
    try FileManager.default.createDirectory(atPath: path + "/" + (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(input).write(to: URL(fileURLWithPath: path + "/" + file))
    return (command, file)
  }

  /// Every file of the workspace but the annotations and `.slant/`, with its bytes.
  func snapshot() -> [String: Data] {
    var files: [String: Data] = [:]
    for file in (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
    where !file.hasPrefix("annotations") && !file.hasPrefix(".slant") {
      if let data = FileManager.default.contents(atPath: path + "/" + file) { files[file] = data }
    }
    return files
  }

  /// Whether the run changed what it must not: any file outside the annotations, or a sidecar
  /// input that does not parse (one that parses may be saved with the new annotation).
  func snapshot(expecting before: [String: Data], input: [UInt8], at inputPath: String, target: String) -> Bool {
    if snapshot() != before { return true }
    guard target == "sidecar", (try? SidecarFormat.decode(input, path: inputPath)) == nil else { return false }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path + "/annotations/corpus")) ?? []
    let leftovers = names.filter { $0 != "a.json" && $0 != "a.json.lock" }
    return FileManager.default.contents(atPath: path + "/" + inputPath) != Data(input) || !leftovers.isEmpty
  }

  /// Saves an input that failed, to replay it.
  func keep(_ input: [UInt8], as name: String) {
    try? FileManager.default.createDirectory(atPath: Self.findings, withIntermediateDirectories: true)
    try? Data(input).write(to: URL(fileURLWithPath: Self.findings + "/" + name))
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
