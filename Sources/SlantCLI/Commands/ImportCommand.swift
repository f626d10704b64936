import Foundation
import SlantCore
import SlantTerminal

extension CommandSpec {
  static let importAnnotations = CommandSpec(
    name: "import", summary: "Bring annotations made elsewhere into the sidecars, merging, never overwriting.", arguments: "FILE…",
    minimumArguments: 1,
    options: [
      .choice("format", "FORMAT", ImportFormat.self, help: "The files' format (default: told from their content)."),
      .values("map", "OLD=NEW", help: "Rename label OLD to NEW (OLD= drops it); repeatable."),
      .value("annotator", "NAME", help: "Annotator for records that name none (default: as for annotate)."),
      .value("corpus", "DIR", help: "Where articles that come with their text are written (default imported/)."),
      CommandContext.annotationsOption, CommandContext.segmenterOption,
    ],
    discussion: """
      Reads Slant's own export (JSON Lines or CSV, so export then import is a round trip), brat
      standoff (FILE.ann beside its FILE.txt), doccano JSON Lines, Label Studio's JSON export and
      W3C Web Annotation. Offsets are Unicode code points (brat: characters of its .txt).
      Records name their document as export does (seeds/a.txt, feeds/x.jsonl#17); doccano and
      Label Studio carry the article itself, which is written under --corpus. Annotations keep
      their annotator; a record already in its sidecar adds nothing, so importing twice is
      harmless; a record whose quote moved is re-anchored as sidecars are, or reported with its
      file, line and reason. Unknown labels are kept and reported once each with the nearest
      known label; --map renames them. Each sidecar is saved whole or not at all.
      """
  ) { arguments, context in
    context.useAnnotationsOption(from: arguments)
    let mapper = try LabelMapper(labels: try context.labelSet(), pairs: arguments.allValues("map"))
    let forced: ImportFormat? = try arguments.choice("format")
    var importer = Importer(context: context, segmenter: try context.segmenter(arguments), corpus: arguments.value("corpus") ?? "imported")
    for path in arguments.positionals { importer.read(path, format: forced) }
    let (records, unknown, dropped) = mapper.map(importer.records)
    for label in unknown { context.console.report("\(label)") }
    importer.summary.dropped += dropped
    try importer.apply(records, annotator: try context.annotator(arguments))
    context.console.output.write("\(importer.summary)\n")
    return importer.summary.skipped > 0 ? ExitStatus.partial : ExitStatus.success
  }
}

/// One `slant import` run: reads the files, writes carried articles, finds each record's
/// document and merges the records into its sidecar, counting as it goes.
private struct Importer {
  let context: CommandContext
  /// Splits sentences as scoring does, so that sentence records land on the same sentences.
  let segmenter: SentenceSegmenter
  /// The folder carried articles are written to, relative to the workspace.
  let corpus: String
  var records: [ImportedAnnotation] = []
  var summary = ImportSummary()
  /// Documents read so far, by id.
  private var documents: [DocumentID: Document] = [:]

  init(context: CommandContext, segmenter: SentenceSegmenter, corpus: String) {
    self.context = context
    self.segmenter = segmenter
    self.corpus = corpus
  }

  /// Reads one file; a file that cannot be read at all is reported and counted as skipped.
  mutating func read(_ path: String, format forced: ImportFormat?) {
    do {
      let text = try TextFileReader.text(atPath: path)
      let format = try forced ?? ImportFormat.detect(text: text, path: path)
      let bratText = format == .brat ? try? TextFileReader.text(atPath: BratParser.textPath(forAnnotationPath: path)) : nil
      let batch = try ImportReader.read(text, path: path, format: format, bratText: bratText)
      for problem in batch.problems { context.console.report("\(problem)") }
      summary.add(batch)
      records += batch.annotations
      for article in batch.documents { records += try write(article) }
    } catch {
      context.console.report("\(error)")
      summary.skipped += 1
    }
  }

  /// Writes an article that came with its text under the corpus folder (unless the same text
  /// is there already) and returns its records, naming the written document.
  private mutating func write(_ article: ImportedDocument) throws -> [ImportedAnnotation] {
    let relative = corpus + "/" + article.suggestedPath
    let path = PathName.resolved(relative, against: context.workspace)
    if let existing = try? TextFileReader.text(atPath: path) {
      guard existing == article.text else {
        throw ImportError.malformedFile(path: article.source.path, line: article.source.line, reason: "'\(relative)' exists with other text; pass another --corpus")
      }
    } else {
      try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try DurableFile.write(Array(article.text.utf8), to: path)
    }
    let id = DocumentID(path: relative)
    documents[id] = Document(id: id, text: article.text)
    return article.annotations.map { record in
      var record = record
      record.document = id.description
      return record
    }
  }

  /// Merges `records` into their documents' sidecars, one plan per document.
  mutating func apply(_ records: [ImportedAnnotation], annotator: String) throws {
    loadDocuments(named: records.map(\.document))
    let matcher = ImportDocumentMatcher(documents: Array(documents.values))
    var byDocument: [DocumentID: [ImportedAnnotation]] = [:]
    for record in records {
      guard let id = matcher.document(named: record.document) else {
        context.console.report("\(record.source): no document '\(record.document)' in the workspace; run slant import from the folder the paths start in")
        summary.skipped += 1
        continue
      }
      byDocument[id, default: []].append(record)
    }
    let store = context.annotationStore()
    let planner = ImportPlanner(defaultAnnotator: annotator)
    for id in byDocument.keys.sorted() {
      guard let document = documents[id] else { continue }
      let snapshot = try store.load(id)
      let plan = planner.plan(byDocument[id]!, into: snapshot.sidecar, text: AnchorText(document, segmenter: segmenter))
      for decision in plan.decisions {
        switch decision.outcome {
        case .rejected, .reanchored: context.console.report("\(decision)")
        case .added, .duplicate: break
        }
      }
      if !plan.edits.isEmpty { _ = try store.apply(plan.edits, to: id, since: snapshot) }
      summary.add(plan)
    }
  }

  /// Reads the files the records name (`path`, or `path#id` inside a JSON Lines file) once each.
  private mutating func loadDocuments(named names: [String]) {
    let loader = context.corpusLoader()
    var files: Set<String> = []
    for name in names {
      var path = name
      if let hash = name.lastIndex(of: "#"), CorpusFile.format(ofPath: String(name[..<hash])) == .jsonLines { path = String(name[..<hash]) }
      files.insert(path)
    }
    let existing = files.sorted().filter { PathName.exists(PathName.resolved($0, against: context.workspace)) }
    let listing = loader.list(existing)
    for file in listing.files {
      guard let read = try? loader.documents(in: file) else { continue }
      for document in read.documents { documents[document.id] = document }
    }
  }
}
