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
      CommandContext.strictEncodingOption,
      .choice("format", "FORMAT", ScoreFormat.self, help: "Output format (default text)."),
      .value("output", "FILE", help: "Write the results to FILE instead of standard output."),
      CommandContext.jobsOption,
      .flag("exact", help: "Write every CSV field exactly, without the leading ' that keeps a spreadsheet from running a formula."),
    ] + CommandContext.lexiconOptions,
    discussion: """
      PATH is a file or folder (.txt, .md, .html, .htm, .jsonl, .csv; folders are read
      recursively and scored on all cores, output in a fixed order). A document's title is
      scored first as its headline, marked in every format ("headline":true in JSON Lines,
      sentence 'headline' in CSV, H in text), with offsets counting in the title. With '-', JSON Lines articles ({"id", "text",
      "outlet", ...} per line) are read from standard input and results streamed as JSON Lines,
      one job at a time unless --jobs says more, so that slant can run as the map step of
      Hadoop Streaming or Spark's pipe(): every line starts with the article's "id" as written,
      an article with no sentence gives one line with "empty": true, and a line that cannot be
      read gives one line {"id", "line", "error"} (and exit status 2).
      Each reason names the deciding words with their category, lexicon file and line.
      Offsets count Unicode code points from the start of the file. In CSV a field that starts
      like a spreadsheet formula (=, +, -, @) gets a leading ' unless --exact is given; JSON Lines
      are always exact.
      """
  ) { arguments, context in
    try context.useJobsOption(from: arguments)
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
      let render = ScoreRendering(
        format: format, usesColor: context.console.outputUsesColor, width: context.console.textWidth, isExact: arguments.has("exact"), jsonLines: format == .jsonl ? ScoreJSONLines(entries: scorer.matcher.entries) : nil)
      if format == .csv { output.write(ScoreCSV.header(probabilityLabels: scorer.model.labels)) }
      status = context.mapDocumentsInParallel(
        in: context.corpusPaths(arguments), { document in let scored = scorer.score(document); return (render.render(scored), scored.sentences.count) },
        sentences: \.1
      ) { rendered, _ in
        switch rendered {
        case .bytes(let bytes): output.write(bytes: bytes)
        case .jsonLines(let scored): render.jsonLines?.write(scored) { output.write(bytes: $0) }
        }
      }
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
  /// The width the text view is fitted to; nil to keep whole lines.
  var width: Int?
  /// Whether CSV fields are written exactly, without the formula guard.
  var isExact = false
  /// The JSON Lines writer, made only for that format: it writes every entry's members once.
  var jsonLines: ScoreJSONLines?

  /// A document's output: its bytes, ready to write, or for JSON Lines of a long document the
  /// scored document itself, written a block at a time by `ScoreJSONLines.write(_:to:)`.
  enum Rendered: Sendable {
    case bytes([UInt8])
    case jsonLines(ScoredDocument)
  }

  /// Documents longer than this many bytes have their JSON Lines written as they are made,
  /// while shorter ones are rendered whole on the worker that scored them.
  static let streamedBytes = 1 << 22

  /// The document's output, rendered on the worker that scored it unless it is streamed.
  func render(_ scored: ScoredDocument) -> Rendered {
    switch format {
    case .csv: return .bytes(Array(ScoreCSV.rows(scored, exact: isExact).utf8))
    case .jsonl:
      guard scored.document.text.utf8.count <= Self.streamedBytes else { return .jsonLines(scored) }
      // JSON Lines run about seven times the article (each sentence's text, reason and hits);
      // reserving eight times spares nearly every document a copy of its output while growing.
      var json = JSONBytes(capacity: scored.document.text.utf8.count * 8)
      jsonLines?.append(scored, to: &json)
      return .bytes(json.bytes)
    case .text:
      let text = ScoredTextRenderer(usesColor: usesColor).render(scored)
      return .bytes(Array((width.map { HangingWrapper.fit(text, width: $0) } ?? text).utf8))
    }
  }
}
