import SlantCLI
import SlantCore
import SlantTerminal

/// One line of the undo journal: a change applied by the shell (with its edits), or the undoing
/// or redoing of an earlier one, named by its id.
struct JournalRecord: Codable, Sendable, Equatable {
  enum Action: String, Codable, Sendable {
    case apply, undo, redo
  }

  var action: Action
  /// The change this line is about; for `apply`, a fresh id.
  var id: String
  var annotator: String
  /// The document changed (for `apply`).
  var document: DocumentID?
  /// What the change did, in words, shown by `undo` and `redo`.
  var summary: String?
  /// The edits applied, in order (for `apply`).
  var edits: [AnnotationEdit]?
}
