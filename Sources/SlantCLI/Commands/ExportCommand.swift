import SlantCore
import SlantTerminal

extension CommandSpec {
  package static let export = CommandSpec(
    name: "export", summary: "Export annotations as CSV, JSON Lines, W3C JSON-LD or brat standoff.", arguments: "[PATH…]",
    options: [
      CommandContext.strictEncodingOption,
      .choice("format", "FORMAT", ExportFormat.self, help: "Output format (default csv)."),
      .value("output", "FILE", help: "Write to FILE (a folder for brat) instead of standard output."),
      .flag("all-sentences", help: "Add a row for every sentence without annotations (csv, jsonl)."),
      .choice("by", "GROUP", ExportGrouping.self, help: "One row per outlet with counts per label (csv, jsonl)."),
      .flag("excel", help: "Start the CSV with a byte order mark so that Excel reads it as UTF-8."),
      .flag("exact", help: "Write every CSV field exactly, without the leading ' that keeps a spreadsheet from running a formula."),
      CommandContext.annotationsOption,
    ] + CommandContext.lexiconOptions,
    discussion: """
      CSV and JSON Lines give one row per annotation: document, outlet, date, sentence, start, end
      (code points, so Python's text[start:end] is the annotated text), unit, text, labels
      (separated by ';' in CSV), id, annotator, note, origin, origin_reason, orphaned, and the scorer's
      finding for the same sentence: scorer_label, scorer_reason, scorer_hits (text:category) and
      agrees (whether the person's support label is the scorer's; empty when they gave none). CSV follows
      RFC 4180 with CRLF rows. A CSV field that starts like a spreadsheet formula (=, +, -, @, tab
      or CR; numbers such as -3 excepted) gets a leading ' so that a spreadsheet shows it instead of
      running it: then text[start:end] is that field without its first character. --exact writes
      every field as it is; JSON Lines are always exact. A missing outlet or date is an empty
      field in CSV and null in JSON. W3C gives each annotation, the collection and its page an id,
      and the article's URL as the source when it is known (the file's path otherwise). brat writes
      DOC.txt and DOC.ann per annotated document plus annotation.conf into the --output folder;
      each label's annotator is an Annotator attribute, and a tab, line break or backslash in a
      note or text is written as \\t, \\n, \\r or \\\\.
      """
  ) { arguments, context in
    context.useAnnotationsOption(from: arguments)
    let format = try arguments.choice("format", default: ExportFormat.csv)
    let grouping: ExportGrouping? = try arguments.choice("by")
    let output = arguments.value("output")
    if format == .brat, output == nil { throw ExportError.outputFolderRequired(format: format.rawValue) }
    let store = context.annotationStore()
    let labels = try context.labelSet()
    let (scorer, lexiconProblems) = try context.scorer(arguments)
    var table = ExportRow.table()
    var outlets = OutletLabelCounts()
    var linked: [(document: DocumentID, url: String?, annotations: [Annotation])] = []
    var bratLabels = Set<String>(), bratAnnotators = Set<String>()
    var unreadable = 0
    // brat's files are staged inside the folder and moved into place only when all are written.
    let brat = try format == .brat ? stagedFolder(output!) : nil
    let status = try context.forEachDocument(in: context.corpusPaths(arguments)) { document in
      let sidecar: Sidecar?
      do {
        let snapshot = try store.load(document.id)
        sidecar = snapshot.exists ? snapshot.sidecar : nil
      } catch {
        context.console.report("\(error)")
        unreadable += 1
        return
      }
      let anchor = AnchorText(document, segmenter: scorer.segmenter)
      let annotations = sidecar.map { Reanchorer().reanchor($0, in: anchor).map(\.annotation) } ?? []
      switch (format, grouping) {
      case (_, .outlet): outlets.add(outlet: document.outlet, annotations: annotations)
      case (.w3c, _): if !annotations.isEmpty { linked.append((document.id, document.metadata.url, annotations)) }
      case (.brat, _):
        guard !annotations.isEmpty, let brat else { return }
        bratLabels.formUnion(annotations.flatMap(\.labels))
        bratAnnotators.formUnion(annotations.map(\.annotator))
        let base = AnnotationStore.relativePath(for: document.id, fileExtension: "")
        try write(document.text, as: base + "txt", in: brat)
        try write(BratWriter.standoff(for: annotations, in: anchor), as: base + "ann", in: brat)
      default:
        let rows = ExportRow.rows(for: document, sidecar: sidecar, allSentences: arguments.has("all-sentences"), segmenter: scorer.segmenter, scored: scorer.score(document))
        table.rows += rows.map(\.values)
      }
    }
    if grouping == .outlet { table = outlets.table(labels: labels) }
    let text: String
    switch format {
    case .brat:
      let declared = labels.names + bratLabels.subtracting(labels.names).sorted()
      try write(BratWriter.configuration(labels: declared, annotators: bratAnnotators.sorted()), as: "annotation.conf", in: brat!)
      do {
        try brat!.commit()
      } catch let failure as DurableFile.Failure {
        throw ExportError.unwritable(path: failure.path, reason: failure.reason)
      }
      text = ""
    case .w3c: text = try W3CAnnotationWriter.json(for: linked)
    case .jsonl: text = table.jsonLines()
    case .csv: text = table.csv(excel: arguments.has("excel"), exact: arguments.has("exact"))
    }
    if format != .brat {
      if let output { try write(text, to: output) } else { context.console.output.write(text) }
    }
    guard unreadable > 0 || lexiconProblems > 0 else { return status }
    return status == ExitStatus.success ? ExitStatus.partial : status
  }
}

/// Writes `text` to `path` atomically, creating folders as needed.
private func write(_ text: String, to path: String) throws {
  do {
    try DurableFile.write(Array(text.utf8), to: path)
  } catch {
    throw ExportError.unwritable(path: error.path, reason: error.reason)
  }
}

/// Writes `text` as the file `relativePath` of the staged folder `folder`.
private func write(_ text: String, as relativePath: String, in folder: DurableFile.StagedFolder) throws {
  do {
    try folder.write(Array(text.utf8), to: relativePath)
  } catch {
    throw ExportError.unwritable(path: error.path, reason: error.reason)
  }
}

/// A staged folder for the files of `path`.
private func stagedFolder(_ path: String) throws -> DurableFile.StagedFolder {
  do {
    return try DurableFile.StagedFolder(folder: path)
  } catch {
    throw ExportError.unwritable(path: error.path, reason: error.reason)
  }
}
