import Foundation
import SlantCore
import Testing

@testable import SlantShell

/// The undo history holds a bounded number of changes: past the limit the oldest drop out, and
/// undo and redo go on working on the ones kept.
@Suite struct JournalStacksTests {
  static func applied(_ index: Int) -> JournalRecord {
    JournalRecord(action: .apply, id: "c\(index)", annotator: "tester", document: DocumentID(path: "a.txt"), summary: "change \(index)", edits: [])
  }

  static func undo(_ record: JournalRecord) -> JournalRecord { JournalRecord(action: .undo, id: record.id, annotator: "tester") }
  static func redo(_ record: JournalRecord) -> JournalRecord { JournalRecord(action: .redo, id: record.id, annotator: "tester") }

  @Test func theOldestChangesDropOutPastTheDefaultLimit() {
    var stacks = JournalStacks()
    let limit = JournalStacks.defaultLimit
    for index in 0..<(limit + 25) { stacks.replay(Self.applied(index)) }
    #expect(stacks.done.count == limit)
    #expect(stacks.done.first?.id == "c25")
    #expect(stacks.done.last?.id == "c\(limit + 24)")
  }

  @Test func undoAndRedoWorkAfterTheCap() {
    var stacks = JournalStacks(limit: 4)
    for index in 0..<10 { stacks.replay(Self.applied(index)) }
    #expect(stacks.done.map(\.id) == ["c6", "c7", "c8", "c9"])
    // Every change kept can be undone, newest first, and then there is nothing left.
    while let last = stacks.done.last { stacks.replay(Self.undo(last)) }
    #expect(stacks.undone.map(\.id) == ["c9", "c8", "c7", "c6"])
    // An undo of a change that dropped out finds nothing and changes nothing.
    stacks.replay(Self.undo(Self.applied(5)))
    #expect(stacks.done.isEmpty && stacks.undone.count == 4)
    stacks.replay(Self.redo(stacks.undone.last!))
    stacks.replay(Self.redo(stacks.undone.last!))
    #expect(stacks.done.map(\.id) == ["c6", "c7"])
    // A new change empties the redo stack and the limit still holds.
    for index in 10..<13 { stacks.replay(Self.applied(index)) }
    #expect(stacks.done.map(\.id) == ["c7", "c10", "c11", "c12"])
    #expect(stacks.undone.isEmpty)
  }
}
