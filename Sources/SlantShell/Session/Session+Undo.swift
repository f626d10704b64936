import SlantCLI
import SlantCore
import SlantTerminal

extension SessionCommand {
  static let undo = SessionCommand(
    name: "undo", summary: "Take back your last change, in any document, even from an earlier session.",
    discussion: """
      Changes are journaled in .slant/journal.jsonl. Undo says what it takes back and in which
      document; a change made in an earlier session is taken back only when you answer y. An undo
      is refused, and nothing changes, when another writer has changed the same annotation since.
      Undo goes back \(JournalStacks.defaultLimit) changes at the most; older ones drop out of the
      history (the annotations themselves stay as they are).
      """
  ) { _, session in
    guard let record = session.journal.done.last else { throw SessionError.nothingToUndo }
    let summary = record.summary ?? "the last change"
    if !session.recordsThisSession.contains(record.id) {
      let document = record.document.map { " in \($0)" } ?? ""
      session.output.write(HangingWrapper.fit("the last change, '\(summary)'\(document), was made in an earlier session\n", width: session.width))
      session.context.console.flush()
      guard session.input.key(prompt: "undo it? [y/N] ") == "y" else {
        session.output.write("kept: \(summary)\n")
        return
      }
    }
    try session.replay(record, edits: (record.edits ?? []).reversed().map(\.inverse)) { reason in .undoRefused(summary: summary, reason: reason) }
    try session.journal.recordUndo(of: record)
    session.output.write("undid: \(summary)\n")
  }

  static let redo = SessionCommand(name: "redo", summary: "Make again the change you last undid.") { _, session in
    guard let record = session.journal.undone.last else { throw SessionError.nothingToRedo }
    let summary = record.summary ?? "the last change"
    try session.replay(record, edits: record.edits ?? []) { reason in .redoRefused(summary: summary, reason: reason) }
    try session.journal.recordRedo(of: record)
    session.output.write("redid: \(summary)\n")
  }
}

extension Session {
  /// Applies `edits` to the document of `record`, turning a conflict with another writer into
  /// the error `refused` makes, and refreshes that document if it is open.
  mutating func replay(_ record: JournalRecord, edits: [AnnotationEdit], refused: (String) -> SessionError) throws {
    guard let document = record.document else { throw refused("the journal line names no document") }
    do {
      _ = try store.apply(edits, to: document, since: nil)
    } catch AnnotationError.conflict(_, let id, let reason) {
      throw refused("\(id.map { "annotation \($0) " } ?? "")\(reason); nothing was changed")
    }
    if let index = documents.firstIndex(where: { $0.document.id == document }) { refresh(index) }
  }
}
