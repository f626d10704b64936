import SlantCLI
import SlantCore
import SlantTerminal

extension Session {
  /// The sidecar of document `index` as on disk now, re-anchored to the text the first time
  /// this session edits it (what moved is reported); throws when the sidecar cannot be read.
  mutating func editableSnapshot(_ index: Int) throws -> SidecarSnapshot {
    refresh(index)
    if let problem = documents[index].sidecarProblem { throw problem }
    guard var snapshot = documents[index].snapshot else { throw AnnotationError.unreadable(path: store.sidecarPath(for: documents[index].document.id), reason: "not loaded") }
    if !documents[index].isAnchored {
      let (edits, results) = Reanchorer().edits(reanchoring: snapshot.sidecar, in: documents[index].anchor)
      if snapshot.exists, !edits.isEmpty {
        snapshot = try store.apply(edits, to: snapshot.sidecar.document, since: snapshot).snapshot
        documents[index].snapshot = snapshot
        for result in results { report(result, path: snapshot.path) }
      }
      documents[index].isAnchored = true
    }
    return snapshot
  }

  /// Saves `edits` to document `index` through the store (merging what others saved since
  /// `snapshot`), then records them in the undo journal under `summary`.
  mutating func commit(_ edits: [AnnotationEdit], to index: Int, since snapshot: SidecarSnapshot, summary: String) throws {
    let saved = try store.apply(edits, to: snapshot.sidecar.document, since: snapshot)
    documents[index].snapshot = saved.snapshot
    if saved.mergedChangesFromOthers { context.console.report("\(snapshot.path): kept changes another writer saved meanwhile") }
    try journal.recordApplied(edits, to: snapshot.sidecar.document, summary: summary)
    if let record = journal.done.last { recordsThisSession.insert(record.id) }
    // A change applied empties the redo stack: the history is `done`, and the ids of changes
    // that left it (undone, or dropped past the limit) are of no more use.
    if recordsThisSession.count > journal.done.count { recordsThisSession.formIntersection(journal.done.map(\.id)) }
    for edit in edits {
      switch edit {
      case .add(let annotation), .update(_, let annotation): if annotation.annotator == annotator { lastEdited = (index, annotation.id) }
      default: break
      }
    }
    output.write(summary + "\n")
  }

  /// The annotations of `sentence` in document `index`, as `snapshot` holds them.
  func annotations(of sentence: Int, in index: Int, snapshot: SidecarSnapshot) -> [Annotation] {
    var entry = documents[index]
    entry.snapshot = snapshot
    return entry.annotationsBySentence()[sentence] ?? []
  }

  /// The labels named, each checked against `labels.txt`.
  func checkedLabels(_ names: [String]) throws -> [String] {
    try AnnotationEditor(labels: labels).checkedLabels(names)
  }

  /// A target covering the whole of `sentence` in document `index`.
  func sentenceTarget(_ sentence: Int, in index: Int) -> AnnotationTarget {
    documents[index].anchor.target(utf8Range: documents[index].sentences[sentence].utf8Range, unit: .sentence)
  }

  /// Where a summary says a change was made: `seeds/a.txt sentence 3`.
  func place(_ sentence: Int, in index: Int) -> String { "\(documents[index].document.id) sentence \(sentence)" }

  private func report(_ result: Reanchorer.Result, path: String) {
    let id = result.annotation.id
    switch result.outcome {
    case .kept: return
    case .moved(let from, let to): context.console.report("\(path): annotation \(id) moved from \(from) to \(to) after the text changed")
    case .fuzzy(let edits): context.console.report("\(path): annotation \(id) re-anchored with \(edits) edits; check it with 'verify'")
    case .orphaned: context.console.report("\(path): annotation \(id) cannot be placed in the changed text; kept as orphaned")
    }
  }
}
