import Foundation
import SlantCore

/// Timing, memory and corpus helpers shared by the benchmarks.
enum BenchSupport {
  /// Seconds taken by `body`.
  static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// The median of `runs` timings of `body`, in seconds.
  static func medianSeconds(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var timings: [Double] = []
    for _ in 0..<runs { timings.append(try seconds(body)) }
    return median(timings)
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
  }

  /// This process's peak resident memory, in MiB.
  static func peakResidentMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  static func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }

  /// Writes `count` small news files into a new temporary folder (sentences of the seeds,
  /// shuffled with a fixed seed, 2-3 KB each) and returns the folder.
  static func generateCorpus(files count: Int, seedsFolder: String = "seeds") throws -> String {
    let loaded = CorpusLoader().load([seedsFolder])
    var sentences: [String] = []
    for document in loaded.documents {
      for sentence in SentenceSegmenter().sentences(in: document.text, range: document.bodyUTF8Range) {
        sentences.append(String(document.text(of: sentence.utf8Range)))
      }
    }
    guard !sentences.isEmpty else { throw BenchError("no seed sentences found under \(seedsFolder); run from the repository folder") }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-bench-\(count)-\(UUID().uuidString)").path
    var generator = SeededGenerator(seed: 42)
    for index in 0..<count {
      let outlet = "outlet\(index % 5)"
      let directory = folder + "/" + outlet
      if index < 5 { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
      var text = ""
      while text.utf8.count < 2000 + Int(generator.next() % 1000) {
        text += sentences[Int(generator.next() % UInt64(sentences.count))]
        text += generator.next() % 4 == 0 ? "\n\n" : " "
      }
      try Data(text.utf8).write(to: URL(fileURLWithPath: String(format: "%@/%06d.txt", directory, index)))
    }
    return folder
  }

  /// Seconds for reading every file with `cat`, the ceiling for a file pass.
  static func catSeconds(_ files: [String]) throws -> Double {
    let list = FileManager.default.temporaryDirectory.appendingPathComponent("slant-bench-files-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: list) }
    try Data(files.joined(separator: "\0").utf8).write(to: URL(fileURLWithPath: list))
    return ChildProcess.seconds("/usr/bin/xargs", ["-0", "cat"], input: list)
  }
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
