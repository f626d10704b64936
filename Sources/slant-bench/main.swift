import Foundation

/// `slant-bench BENCHMARK [ARGUMENTS]`: release-built benchmarks that print medians and ratios.
/// Run from the repository folder: `swift run -c release slant-bench segment`.
let benchmarks: [String: ([String]) throws -> Void] = [
  "segment": SegmentBenchmark.run,
  "memory": MemoryBenchmark.run,
  "big": BigFileBenchmark.run,
  "score": ScoreBenchmark.run,
  "align": AlignBenchmark.run,
  "compare": CompareBenchmark.run,
  "shell": ShellBenchmark.run,
  "learn": LearnBenchmark.run,
  "size-curve": SizeCurveBenchmark.run,
  "fuzz": FuzzBenchmark.run,
  "json": JSONBenchmark.run,
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks[name] else {
  print("usage: slant-bench \(benchmarks.keys.sorted().joined(separator: "|")) [ARGUMENTS]")
  exit(64)
}
do {
  try benchmark(Array(arguments.dropFirst()))
} catch {
  print("slant-bench: \(error)")
  exit(1)
}
