import SlantCore
import SlantTerminal

extension CommandSpec {
  static let annotate = CommandSpec(
    name: "annotate", summary: "Label a sentence or a span of a document, or remove an annotation.", arguments: "DOC",
    minimumArguments: 1, maximumArguments: 1,
    options: [
      CommandContext.strictEncodingOption,
      .value("sentence", "N", help: "Zero-based index of the sentence (as 'slant sentences' shows it)."),
      .values("label", "LABEL", help: "One or more labels from annotations/labels.txt."),
      .value("span", "PHRASE", help: "Annotate this exact phrase within the sentence instead of the whole sentence."),
      .value("note", "TEXT", help: "A note to keep with the annotation."),
      .value("annotator", "NAME", help: "Who is annotating (default SLANT_ANNOTATOR, then the login name)."),
      .value("remove", "ID", help: "Remove the annotation with this id."),
      CommandContext.annotationsOption, CommandContext.segmenterOption,
    ],
    discussion: """
      DOC is a .txt or .md file, or FILE.jsonl#ID for one article of a JSON Lines file. The
      annotation is saved in the document's sidecar (annotations/<path>.json) and its id printed.
      If the text changed since it was annotated, the sidecar is re-anchored first and what moved
      or could not be placed is reported. Example:
        slant annotate seeds/000_fd96b963aaaca4c1.txt --sentence 2 --span "so-called" --label scare-quote
      """
  ) { arguments, context in
    context.useAnnotationsOption(from: arguments)
    let document = try context.document(named: arguments.positionals[0], command: "annotate")
    let store = context.annotationStore()
    let snapshot = try store.load(document.id)
    if let id = arguments.value("remove") {
      guard let annotation = snapshot.sidecar.annotation(withID: id) else {
        throw AnnotationError.noSuchAnnotation(path: snapshot.path, annotationID: id)
      }
      _ = try store.apply([.remove(annotation)], to: document.id, since: snapshot)
      context.console.output.write("removed \(id) from \(document.id)\n")
      return ExitStatus.success
    }
    let labels = arguments.allValues("label")
    guard let sentenceIndex = try arguments.integer("sentence"), !labels.isEmpty else {
      throw UsageError.invalid("give --sentence N and at least one --label (or --remove ID); see 'slant help annotate'", command: "annotate")
    }
    let editor = AnnotationEditor(labels: try context.labelSet())
    let anchor = AnchorText(document, segmenter: try context.segmenter(arguments))
    do {
      _ = try editor.checkedLabels(labels)
      _ = try AnnotationEditor.checkedSentence(sentenceIndex, count: anchor.sentences.count, in: document.id)
    } catch let error as AnnotationEditError {
      throw UsageError.invalid("\(error)", command: "annotate")
    }
    let sentence = anchor.sentences[sentenceIndex]
    let target: AnnotationTarget
    if let phrase = arguments.value("span") {
      target = anchor.target(utf8Range: try spanRange(of: phrase, in: sentence, anchor: anchor), unit: .span)
    } else {
      target = anchor.target(utf8Range: sentence.utf8Range, unit: .sentence)
    }
    let (reanchoring, results) = Reanchorer().edits(reanchoring: snapshot.sidecar, in: anchor)
    for result in results { report(result, path: snapshot.path, console: context.console) }
    let annotation = Annotation(target: target, labels: labels, note: arguments.value("note"), annotator: try context.annotator(arguments))
    let saved = try store.apply(reanchoring + [.add(annotation)], to: document.id, since: snapshot)
    if saved.mergedChangesFromOthers { context.console.report("\(snapshot.path): kept changes another writer saved meanwhile") }
    context.console.output.write("added \(annotation.id) to \(document.id) sentence \(sentenceIndex) [\(labels.joined(separator: ", "))]\n")
    return ExitStatus.success
  }
}

/// The UTF-8 range of the one occurrence of `phrase` in `sentence`.
private func spanRange(of phrase: String, in sentence: Sentence, anchor: AnchorText) throws -> Range<Int> {
  guard !phrase.isEmpty else { throw UsageError.invalid("--span needs a phrase", command: "annotate") }
  switch AnnotationEditor.occurrence(of: phrase, in: sentence, of: anchor) {
  case .unique(let range): return range
  case .missing:
    throw UsageError.invalid("'\(phrase)' is not in sentence \(sentence.index): \(anchor.text.slice(utf8: sentence.utf8Range))", command: "annotate")
  case .several(let starts):
    throw UsageError.invalid("'\(phrase)' occurs \(starts.count) times in sentence \(sentence.index); quote more words to pick one", command: "annotate")
  }
}

/// Tells what re-anchoring did to an annotation, when it did anything.
private func report(_ result: Reanchorer.Result, path: String, console: Console) {
  let id = result.annotation.id
  switch result.outcome {
  case .kept: return
  case .moved(let from, let to): console.report("\(path): annotation \(id) moved from \(from) to \(to) after the text changed")
  case .fuzzy(let edits): console.report("\(path): annotation \(id) re-anchored with \(edits) edits; check it with 'slant verify'")
  case .orphaned: console.report("\(path): annotation \(id) cannot be placed in the changed text; kept as orphaned")
  }
}
