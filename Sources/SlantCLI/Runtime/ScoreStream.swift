#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import SlantCore
import SlantTerminal

/// `slant score -`: JSON Lines articles in on standard input, JSON Lines results out, a batch
/// of lines at a time scored on `streamJobs` threads, so that memory stays flat on an endless
/// stream. Every line that holds a record yields at least one output line carrying its id (an
/// empty article one `empty` line, an unreadable line one `error` line), so that a cluster job
/// can join the results back and tell a skipped article from a lost one.
enum ScoreStream {
  static let batchLines = 256

  static func run(scorer: Scorer, context: CommandContext) throws -> Int32 {
    let loader = context.corpusLoader()
    var reader = LineReader(descriptor: STDIN_FILENO)
    var lineNumber = 0
    var tally = BatchTally()
    var hasWarnedOfMissingIDs = false
    var batch: [(line: Int, bytes: [UInt8])] = []
    let writer = ScoreJSONLines(entries: scorer.matcher.entries)
    let jobs = context.streamJobs
    func flush() {
      let results = CommandContext.map(batch, jobs: jobs) { item -> (id: ArticleID?, lines: Result<[UInt8], CorpusError>) in
        let id = ArticleIDReader.id(in: item.bytes)
        do {
          let document = try loader.document(jsonLine: Data(item.bytes), line: item.line, path: "-")
          var json = JSONBytes()
          writer.append(scorer.score(document), id: id, to: &json)
          return (id, .success(json.bytes))
        } catch {
          return (id, .failure(error as? CorpusError ?? .malformedLine(path: "-", line: item.line, reason: "\(error)")))
        }
      }
      for (item, result) in zip(batch, results) {
        if result.id == nil, case .success = result.lines, !hasWarnedOfMissingIDs {
          context.console.report("-:\(item.line): no \"id\" in the article: results carry \"id\": null and cannot be joined back to the input; give every article an \"id\" (said once)")
          hasWarnedOfMissingIDs = true
        }
        switch result.lines {
        case .success(let lines):
          context.console.output.write(bytes: lines)
          tally.read += 1
        case .failure(let error):
          context.console.report("\(error)")
          var json = JSONBytes()
          ScoreJSONLines.appendUnreadable(line: item.line, id: result.id, reason: error.reason, to: &json)
          context.console.output.write(bytes: json.bytes)
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
