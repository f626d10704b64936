import Foundation
import SlantCore
import SlantTerminal

extension CommandSpec {
  static let htmlReport = CommandSpec(
    name: "report", summary: "Write one self-contained HTML page: outlet charts, every document highlighted, annotations beside.",
    arguments: "[PATH…]",
    options: [
      CommandContext.strictEncodingOption,
      .value("html", "FILE", help: "Write the report to FILE (required)."),
      .value("by", "FIELD", help: "Group documents by a metadata field: outlet (default), country, leaning… or document."),
      CommandContext.manifestOption,
      CommandContext.annotationsOption,
      CommandContext.jobsOption,
    ] + CommandContext.lexiconOptions,
    discussion: """
      The page needs no network, fonts, images or scripts: share it by e-mail or open it from a
      USB stick. It shows the comparison of groups (outlets, or the field --by names) as charts
      with their intervals, the differences between groups with theirs and the entries that
      drive them (the figures of 'slant compare --format json' on the same paths, lexicons and
      annotations, with the same warning for groups with too little text), then each
      document (collapsed; open it from the contents) with every hit highlighted by family, the
      scorer's label and reason on each sentence, and the people's annotations and notes beside
      it; then the lexicons and corpus it was made from, with the date. The file size is
      reported on standard error.
      """
  ) { arguments, context in
    try context.useJobsOption(from: arguments)
    guard let path = arguments.value("html") else { throw UsageError.missingArgument("--html FILE", command: "report") }
    context.useAnnotationsOption(from: arguments)
    context.useManifestOption(from: arguments)
    let grouping = try CommandContext.grouping(arguments, command: "report")
    let (lexicons, problems) = try context.loadLexicons(arguments)
    let senses = context.loadContextLexicon(arguments)
    let lexiconProblems = problems + senses.problems
    let scorer = Scorer(lexicons: lexicons, segmenter: try context.segmenter(arguments), senses: senses.lexicon)
    let store = context.annotationStore()
    var entries: [HTMLReport.Entry] = [], tallies: [DocumentTally] = []
    var unreadableSidecars = 0
    let status = context.mapDocumentsInParallel(in: context.corpusPaths(arguments), { ReportedDocument(scorer.score($0), store: store, segmenter: scorer.segmenter) }, sentences: \.tally.totals.sentences) { reported in
      if let problem = reported.problem {
        context.console.report(problem)
        unreadableSidecars += 1
      }
      entries.append(reported.entry)
      tallies.append(reported.tally)
    }
    let report = HTMLReport(
      generated: Date(), corpusPaths: context.corpusPaths(arguments).map { PathName.relative($0, to: context.workspace) },
      lexiconPaths: context.lexiconNames(arguments), lexicons: lexicons,
      annotationsFolder: PathName.relative(context.annotationsFolder, to: context.workspace), hasSkippedInputs: status != ExitStatus.success,
      entries: entries, comparison: FramingComparison(tallies: tallies, grouping: grouping))
    guard !entries.isEmpty else { return status }
    let page = HTMLReportWriter().page(report)
    do {
      try DurableFile.write(page, to: path)
    } catch let failure as DurableFile.Failure {
      throw ExportError.unwritable(path: failure.path, reason: failure.reason)
    }
    let outlets = report.outlets.count
    context.console.report(
      "wrote \(path) (\(ReportedDocument.size(page.count))): \(entries.count) document\(entries.count == 1 ? "" : "s") from \(outlets) outlet\(outlets == 1 ? "" : "s")")
    guard status == ExitStatus.success else { return status }
    return lexiconProblems > 0 || unreadableSidecars > 0 ? ExitStatus.partial : status
  }
}

/// One document made ready for the report on a worker thread: scored, its annotations read and
/// re-anchored in memory when the text changed, its section rendered, and its tally for the
/// charts taken as `slant compare` takes it.
struct ReportedDocument: Sendable {
  var entry: HTMLReport.Entry
  var tally: DocumentTally
  /// Why the document's annotations could not be read, when they could not.
  var problem: String?

  init(_ scored: ScoredDocument, store: AnnotationStore, segmenter: SentenceSegmenter) {
    let document = scored.document
    let sidecar = Result { try store.load(document.id) }
    let compared = ComparedDocument(scored, sidecar: sidecar, segmenter: segmenter, keepingSentences: false)
    tally = compared.tally
    problem = compared.sidecarProblem
    var annotations: [Annotation] = []
    if case .success(let snapshot) = sidecar, snapshot.exists {
      annotations = snapshot.sidecar.annotations
      let anchor = AnchorText(document, segmenter: segmenter)
      if snapshot.sidecar.textFingerprint != anchor.fingerprint {
        annotations = Reanchorer().reanchor(snapshot.sidecar, in: anchor).map(\.annotation)
      }
    }
    let anchor = HTMLReport.anchor(for: document.id)
    entry = HTMLReport.Entry(
      id: document.id, title: DocumentSectionRenderer.title(of: document), outlet: document.outlet, date: document.metadata.date,
      totals: scored.totals, annotations: annotations.count, anchor: anchor,
      section: DocumentSectionRenderer().render(scored, annotations: annotations, anchor: anchor))
  }

  /// `734 bytes`, `12.4 KB`, `3.1 MB`.
  static func size(_ bytes: Int) -> String {
    if bytes < 1000 { return "\(bytes) bytes" }
    if bytes < 1_000_000 { return BarChart.fixed(Double(bytes) / 1000, decimals: 1) + " KB" }
    return BarChart.fixed(Double(bytes) / 1_000_000, decimals: 1) + " MB"
  }
}
