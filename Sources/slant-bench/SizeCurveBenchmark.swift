import Foundation
import SlantCore

/// `slant-bench size-curve [--sizes 1,2,4,...] [--runs N]`: one document of each size (MB), made
/// by repeating the seeds' paragraphs, read and scored with the default lexicons in a child
/// process of its own, so that each size's peak memory is its own. Prints the median seconds,
/// the cost per MB against the smallest size's (goal: flat within 1.3×) and the peak memory
/// above the fixed cost of scoring a seed-sized document (goal: under 6× the document).
/// `--one PATH` is the child: it prints `seconds peak-MiB` for the document at PATH.
enum SizeCurveBenchmark {
  static func run(_ arguments: [String]) throws {
    let options = BenchOptions(arguments)
    let runs = max(1, options.integer("runs") ?? 3)
    if let path = options.values["one"] {
      try measureOne(path: path, runs: runs)
      return
    }
    let sizes = (options.values["sizes"] ?? "1,2,4,8,16,32,64").split(separator: ",").compactMap { Double($0) }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-size-\(getpid())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    print("one document per size, read and scored with lexicons/; median of \(runs) runs, each size in its own process")
    let fixed = try child(path: try writeDocument(megabytes: 0, in: folder), runs: 1)
    print(String(format: "fixed cost (one seed-sized document): peak %.1f MiB", fixed.peakMiB))
    print("    MB   median s    s/MB  vs first  peak MiB  (peak - fixed) / size")
    var firstPerMB: Double?
    var perMBs: [Double] = []
    for size in sizes {
      let path = try writeDocument(megabytes: size, in: folder)
      let result = try child(path: path, runs: runs)
      try FileManager.default.removeItem(atPath: path)
      let perMB = result.seconds / size
      firstPerMB = firstPerMB ?? perMB
      perMBs.append(perMB)
      let aboveFixed = (result.peakMiB - fixed.peakMiB) * 1_048_576 / (size * 1_000_000)
      print(String(format: "%6.0f %10.3f %7.3f %8.2f× %9.1f %10.1f×", size, result.seconds, perMB, perMB / firstPerMB!, result.peakMiB, aboveFixed))
    }
    if let low = perMBs.min(), let high = perMBs.max() {
      print(String(format: "cost per MB from %.3f to %.3f s: %.2f× apart (goal: within 1.3×)", low, high, high / low))
    }
  }

  /// Writes one document of `megabytes` (one seed when 0) by repeating the seeds' text,
  /// a chunk at a time so that this process never holds it.
  static func writeDocument(megabytes: Double, in folder: String) throws -> String {
    let seeds = try ["seeds/003_2ff4c70e4ea9fa7c.txt", "seeds/000_fd96b963aaaca4c1.txt"].map { Data(try TextFileReader.text(atPath: $0).utf8) }
    let path = folder + "/document-\(megabytes).txt"
    guard FileManager.default.createFile(atPath: path, contents: seeds[0]) else { throw BenchError("cannot write \(path)") }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    var size = seeds[0].count, index = 1
    while size < Int(megabytes * 1_000_000) {
      let chunk = Data("\n\n".utf8) + seeds[index % 2]
      try handle.write(contentsOf: chunk)
      size += chunk.count
      index += 1
    }
    return path
  }

  /// Runs this benchmark as a child on one document and reads back its figures.
  static func child(path: String, runs: Int) throws -> (seconds: Double, peakMiB: Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["size-curve", "--one", path, "--runs", "\(runs)"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let fields = output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
    guard process.terminationStatus == 0, fields.count == 2 else { throw BenchError("size-curve child for \(path) failed: \(output)") }
    return (fields[0], fields[1])
  }

  /// Reads and scores the document at `path` `runs` times; prints the median seconds and the
  /// peak memory in MiB.
  static func measureOne(path: String, runs: Int) throws {
    let scorer = Scorer(lexicons: LexiconLoader().load(["lexicons"]).lexicons)
    var checksum = 0
    let seconds = try BenchSupport.medianSeconds(runs: runs) {
      for document in CorpusLoader().load([path]).documents { checksum &+= scorer.score(document).sentences.count }
      if checksum == 0 { throw BenchError("no sentences scored in \(path)") }
    }
    print(String(format: "%.4f %.1f", seconds, BenchSupport.peakResidentMiB()))
  }
}
