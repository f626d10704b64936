import SlantCore
import SlantTerminal

extension CommandContext {
  /// The documents under `paths` that people annotated, scored by `scorer`, with their
  /// annotations placed in the current text; unreadable sidecars are reported and skipped.
  /// The one place `agree`, `eval` and `lexicon learn` read people's work from.
  public func annotatedDocuments(in paths: [String], scorer: Scorer) -> (documents: [AnnotatedDocument], status: Int32) {
    let store = annotationStore()
    var documents: [AnnotatedDocument] = [], unreadable = 0
    let status = mapDocumentsInParallel(in: paths, { document -> Result<AnnotatedDocument?, AnnotationError> in
      Result {
        let snapshot = try store.load(document.id)
        guard snapshot.exists, !snapshot.sidecar.annotations.isEmpty else { return nil }
        return AnnotatedDocument(scored: scorer.score(document), annotations: PlacedAnnotation.placed(snapshot.sidecar, in: document, segmenter: scorer.segmenter))
      }.mapError { $0 as? AnnotationError ?? .unreadable(path: store.sidecarPath(for: document.id), reason: "\($0)") }
    }) { result in
      switch result {
      case .success(let document): if let document { documents.append(document) }
      case .failure(let problem):
        console.report("\(problem)")
        unreadable += 1
      }
    }
    return (documents, status == ExitStatus.success && unreadable > 0 ? ExitStatus.partial : status)
  }
}
