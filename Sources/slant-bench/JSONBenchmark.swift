import Foundation
import SlantCore

/// `slant-bench json [FILE.jsonl] [--records N] [--runs N]`: the JSON reader against
/// `JSONSerialization` on the same bytes, one record at a time (as a JSON Lines corpus is read:
/// the check, then Foundation's parse) and the whole file as one array (as an import reads a
/// Label Studio export into nodes). Without FILE it writes records of the seeds' sentences
/// shuffled, about 2.5 KB each. Prints interleaved medians in MB/s and the reader's cost beside
/// Foundation's.
enum JSONBenchmark {
  static func run(_ arguments: [String]) throws {
    let options = BenchOptions(arguments)
    let runs = max(1, options.integer("runs") ?? 5)
    let lines = try options.positional.map { try String(contentsOfFile: $0, encoding: .utf8).split(separator: "\n").map { Array($0.utf8) } }
      ?? generatedRecords(count: options.integer("records") ?? 4_000)
    let bytes = lines.reduce(0) { $0 + $1.count }
    let megabytes = BenchSupport.megabytes(bytes)
    let whole = "[" + lines.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ",\n") + "]"
    print(String(format: "%d records, %.1f MB; medians of %d interleaved runs; load %@", lines.count, megabytes, runs, loadAverage()))

    // The four are interleaved run by run, so that other work on the machine stretches each alike.
    var count = 0
    var timings: [[Double]] = Array(repeating: [], count: 4)
    for _ in 0..<runs {
      timings[0].append(BenchSupport.seconds { for line in lines where JSONReader.firstError(in: line) == nil { count += 1 } })
      timings[1].append(BenchSupport.seconds { for line in lines where (try? JSONSerialization.jsonObject(with: Data(line))) != nil { count += 1 } })
      timings[2].append(BenchSupport.seconds { if (try? JSONReader.read(whole)) != nil { count += 1 } })
      timings[3].append(BenchSupport.seconds { count += ((try? JSONSerialization.jsonObject(with: Data(whole.utf8))) as? [Any])?.count ?? 0 })
    }
    let (check, foundation, nodes, foundationWhole) = (
      BenchSupport.median(timings[0]), BenchSupport.median(timings[1]), BenchSupport.median(timings[2]), BenchSupport.median(timings[3])
    )
    print(String(format: "check a record (JSONReader.firstError): %7.1f MB/s", megabytes / check))
    print(String(format: "JSONSerialization a record:             %7.1f MB/s  (the check adds %.0f%% to it)", megabytes / foundation, 100 * check / foundation))
    print(String(format: "nodes of the whole (JSONReader.read):   %7.1f MB/s", megabytes / nodes))
    print(String(format: "JSONSerialization of the whole:         %7.1f MB/s  (the reader takes %.2f× its time)", megabytes / foundationWhole, nodes / foundationWhole))
    if count == 0 { print("nothing was read") }
  }

  /// The one-minute load average, to read the figures by.
  static func loadAverage() -> String {
    ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first).map(String.init) ?? "unknown"
  }

  /// `count` JSON Lines records of the seeds' sentences, with an id and an outlet.
  static func generatedRecords(count: Int) throws -> [[UInt8]] {
    let folder = try BenchSupport.generateCorpus(files: count)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let loader = CorpusLoader()
    return try loader.list([folder]).files.enumerated().map { index, file in
      let text = try TextFileReader.text(atPath: file.path)
      var json = JSONBytes()
      json.raw("{\"id\": ")
      json.number(index)
      json.raw(", \"outlet\": ")
      json.string("outlet\(index % 5)")
      json.raw(", \"text\": ")
      json.string(text)
      json.raw("}")
      return json.bytes
    }
  }
}
