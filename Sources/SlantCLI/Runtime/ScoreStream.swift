#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import SlantCore
import SlantTerminal

/// `slant score -`: JSON Lines articles in on standard input, JSON Lines results out, a batch
/// of lines at a time scored on all cores, so that memory stays flat on an endless stream.
enum ScoreStream {
  static let batchLines = 256

  static func run(scorer: Scorer, context: CommandContext) throws -> Int32 {
    let loader = context.corpusLoader()
    var reader = LineReader(descriptor: STDIN_FILENO)
    var lineNumber = 0
    var tally = BatchTally()
    var batch: [(line: Int, bytes: [UInt8])] = []
    let writer = ScoreJSONLines(entries: scorer.matcher.entries)
    func flush() {
      let results = CommandContext.map(batch) { item -> Result<[UInt8], Error> in
        Result {
          let document = try loader.document(jsonLine: Data(item.bytes), line: item.line, path: "-")
          var json = JSONBytes()
          writer.append(scorer.score(document), to: &json)
          return json.bytes
        }
      }
      for result in results {
        switch result {
        case .success(let lines):
          context.console.output.write(bytes: lines)
          tally.read += 1
        case .failure(let error):
          context.console.report("\(error)")
          tally.skipped += 1
        }
      }
      context.console.output.flush()
      batch.removeAll(keepingCapacity: true)
    }
    while let line = try reader.nextLine() {
      lineNumber += 1
      guard line.contains(where: { !ScalarClass.isSpace(Unicode.Scalar($0)) }) else { continue }
      batch.append((lineNumber, line))
      if batch.count == batchLines { flush() }
    }
    flush()
    return context.close(tally, paths: ["-"])
  }
}
