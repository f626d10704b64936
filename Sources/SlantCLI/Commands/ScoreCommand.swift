#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import SlantCore
import SlantTerminal

extension CommandSpec {
  static let score = CommandSpec(
    name: "score", summary: "Tag loaded language and label each sentence attributed, vague-source, hedged, unsupported or neutral.",
    arguments: "[PATH…]",
    options: [
      .choice("format", "FORMAT", ScoreFormat.self, help: "Output format (default text)."),
      .value("output", "FILE", help: "Write the results to FILE instead of standard output."),
    ] + CommandContext.lexiconOptions,
    discussion: """
      PATH is a file or folder (.txt, .md, .jsonl; folders are read recursively and scored on
      all cores, output in a fixed order). With '-', JSON Lines articles ({"id", "text",
      "outlet", ...} per line) are read from standard input and results streamed as JSON Lines,
      so that slant can run as the map step of Hadoop Streaming or Spark's pipe().
      Each reason names the deciding words with their category, lexicon file and line.
      Offsets count Unicode code points from the start of the file.
      """
  ) { arguments, context in
    let (scorer, lexiconProblems) = try context.scorer(arguments)
    var context = context
    // The results go to a temporary file beside FILE, renamed over it only once complete.
    var replacement: DurableFile.Replacement?
    if let path = arguments.value("output") {
      do {
        replacement = try DurableFile.Replacement(replacing: path)
      } catch let failure as DurableFile.Failure {
        throw ExportError.unwritable(path: path, reason: failure.reason)
      }
      context.console.output = OutputSink(descriptor: replacement!.descriptor)
      context.console.outputUsesColor = false
    }
    // On an error the sink's buffer goes to the temporary file before it is removed, never to
    // a descriptor that was closed and may have been reused.
    defer {
      context.console.output.flush()
      replacement?.discard()
    }
    let status: Int32
    if arguments.positionals == ["-"] {
      status = try ScoreStream.run(scorer: scorer, context: context)
    } else {
      let format = try arguments.choice("format", default: ScoreFormat.text)
      let output = context.console.output
      let render = ScoreRendering(format: format, usesColor: context.console.outputUsesColor, jsonLines: format == .jsonl ? ScoreJSONLines(entries: scorer.matcher.entries) : nil)
      if format == .csv { output.write(ScoreCSV.header) }
      status = context.mapDocumentsInParallel(in: context.corpusPaths(arguments), { render.render(scorer.score($0)) }) { output.write(bytes: $0) }
    }
    if let replacement, let path = arguments.value("output") {
      context.console.output.flush()
      if let failure = context.console.output.failure {
        replacement.discard()
        throw ExportError.unwritable(path: path, reason: String(cString: strerror(failure)))
      }
      do {
        try replacement.commit()
      } catch let failure as DurableFile.Failure {
        throw ExportError.unwritable(path: path, reason: failure.reason)
      }
    }
    return status == ExitStatus.success && lexiconProblems > 0 ? ExitStatus.partial : status
  }
}

/// Turns a scored document into the chosen output format.
struct ScoreRendering: Sendable {
  var format: ScoreFormat
  var usesColor: Bool
  /// The JSON Lines writer, made only for that format: it writes every entry's members once.
  var jsonLines: ScoreJSONLines?

  /// The document's output as UTF-8 bytes, ready to write.
  func render(_ scored: ScoredDocument) -> [UInt8] {
    switch format {
    case .csv: return Array(ScoreCSV.rows(scored).utf8)
    case .jsonl:
      // JSON Lines run about seven times the article (each sentence's text, reason and hits);
      // reserving eight times spares nearly every document a copy of its output while growing.
      var json = JSONBytes(capacity: scored.document.text.utf8.count * 8)
      jsonLines?.append(scored, to: &json)
      return json.bytes
    case .text: return Array(ScoredTextRenderer(usesColor: usesColor).render(scored).utf8)
    }
  }
}
