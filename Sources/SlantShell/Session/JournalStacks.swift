/// One annotator's undo and redo stacks, as the journal's lines build them up, holding at most
/// `limit` changes: past it the oldest drops out, so that a long session's history stays bounded
/// in memory as the journal file is on disk.
struct JournalStacks: Sendable {
  /// How many changes undo can go back at the most, unless told otherwise: about 1 MB of
  /// records, and more than a day of annotating.
  static let defaultLimit = 1_000

  /// How many changes `done` and `undone` hold together at the most.
  var limit = Self.defaultLimit
  /// Changes that can be undone, oldest first.
  var done: [JournalRecord] = []
  /// Changes undone that can be redone, most recently undone last.
  var undone: [JournalRecord] = []

  /// Takes one journal line into account.
  mutating func replay(_ record: JournalRecord) {
    switch record.action {
    case .apply:
      done.append(record)
      undone.removeAll()
      if done.count > limit { done.removeFirst(done.count - limit) }
    case .undo:
      guard let index = done.lastIndex(where: { $0.id == record.id }) else { return }
      undone.append(done.remove(at: index))
    case .redo:
      guard let index = undone.lastIndex(where: { $0.id == record.id }) else { return }
      done.append(undone.remove(at: index))
    }
  }

  /// The fewest lines that build these stacks again: each change still done or undone applied
  /// once, then the undone ones undone again. Replayed, they give back `done` and `undone`.
  var lines: [JournalRecord] {
    var lines = done.map { $0 }
    lines += undone.reversed()
    for record in undone {
      lines.append(JournalRecord(action: .undo, id: record.id, annotator: record.annotator))
    }
    return lines
  }
}
