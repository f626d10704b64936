import Foundation
import SlantCore
import SlantTestSupport
import Testing

@testable import SlantShell

/// The undo journal stays bounded while undo keeps working across restarts, and two shells
/// appending at once lose nothing.
@Suite struct JournalTests {
  let folder: ScratchFolder
  let path: String

  init() throws {
    folder = try ScratchFolder("slant-journal")
    path = folder.path + "/.slant/journal.jsonl"
  }

  static func edit(_ index: Int) -> AnnotationEdit {
    let target = AnnotationTarget(
      unit: .span, position: TextPositionSelector(scalarStart: index, scalarEnd: index + 4), quote: TextQuoteSelector(exact: "word"), sentenceIndex: 0)
    return .add(Annotation(id: "a\(index)", target: target, labels: ["loaded"], note: String(repeating: "n", count: 200), annotator: "tester", created: Date(timeIntervalSince1970: 1_700_000_000)))
  }

  static func size(of path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
  }

  @Test func aLongSessionKeepsTheFileUnderItsLimitAndTheNewestChangesUndoable() throws {
    var journal = Journal(path: path, annotator: "tester", sizeLimit: 20_000)
    var largest = 0
    for index in 0..<400 {
      try journal.recordApplied([Self.edit(index)], to: DocumentID(path: "a.txt"), summary: "change \(index)")
      largest = max(largest, Self.size(of: path))
    }
    let lineSize = try #require(Self.size(of: path) / max(1, try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count))
    #expect(largest <= 20_000 + lineSize * 2)
    try journal.recordUndo(of: journal.done.last!)
    try journal.recordUndo(of: journal.done.last!)
    var restarted = Journal(path: path, annotator: "tester", sizeLimit: 20_000)
    #expect(restarted.load().isEmpty)
    #expect(journal.done.map(\.summary).suffix(restarted.done.count) == restarted.done.map(\.summary)[...])
    #expect(restarted.undone.map(\.summary) == ["change 399", "change 398"])
    #expect(restarted.done.last?.summary == "change 397")
    #expect(restarted.done.count > 10 && restarted.done.count < 100)
    // The history kept is the newest changes with no gap.
    let numbers = restarted.done.compactMap { $0.summary.flatMap { Int($0.dropFirst("change ".count)) } }
    #expect(numbers == Array((397 - numbers.count + 1)...397))
  }

  @Test func aJournalLeftLargeByAnOlderSlantIsCompactedWhenOpened() throws {
    var old = Journal(path: path, annotator: "tester", sizeLimit: .max)
    for index in 0..<300 { try old.recordApplied([Self.edit(index)], to: DocumentID(path: "a.txt"), summary: "change \(index)") }
    #expect(Self.size(of: path) > 60_000)
    var opened = Journal(path: path, annotator: "tester", sizeLimit: 30_000)
    _ = opened.load()
    #expect(Self.size(of: path) <= 15_000)
    #expect(opened.done.last?.summary == "change 299")
  }

  @Test func compactionKeepsOtherAnnotatorsAndLinesItCannotRead() throws {
    var ana = Journal(path: path, annotator: "ana", sizeLimit: 1_000_000)
    try ana.recordApplied([Self.edit(1)], to: DocumentID(path: "a.txt"), summary: "ana's change")
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.seekToEndOfFile()
    handle.write(Data("{ not a record\n".utf8))
    try handle.close()
    var ben = Journal(path: path, annotator: "ben", sizeLimit: 8_000)
    _ = ben.load()
    for index in 0..<50 { try ben.recordApplied([Self.edit(index)], to: DocumentID(path: "b.txt"), summary: "ben \(index)") }
    var reopened = Journal(path: path, annotator: "ana", sizeLimit: 8_000)
    let problems = reopened.load()
    #expect(problems.count == 1)
    #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self).hasPrefix("{ not a record\n"))
    // ana's one change is the oldest line, but each annotator keeps their newest in turn.
    #expect(reopened.done.map(\.summary) == ["ana's change"])
    var benAgain = Journal(path: path, annotator: "ben", sizeLimit: 8_000)
    _ = benAgain.load()
    #expect(benAgain.done.last?.summary == "ben 49")
  }

  @Test func theHistoryKeepsTheNewestChangesUpToItsLimitAcrossRestarts() throws {
    var journal = Journal(path: path, annotator: "tester", changeLimit: 5)
    for index in 0..<8 { try journal.recordApplied([Self.edit(index)], to: DocumentID(path: "a.txt"), summary: "change \(index)") }
    #expect(journal.done.map(\.summary) == ["change 3", "change 4", "change 5", "change 6", "change 7"])
    try journal.recordUndo(of: journal.done.last!)
    var restarted = Journal(path: path, annotator: "tester", changeLimit: 5)
    #expect(restarted.load().isEmpty)
    #expect(restarted.done.map(\.summary) == ["change 3", "change 4", "change 5", "change 6"])
    #expect(restarted.undone.map(\.summary) == ["change 7"])
    while let last = restarted.done.last { try restarted.recordUndo(of: last) }
    #expect(restarted.undone.count == 5)
  }

  /// Its lines are JSON Lines: a U+2028 in a note is escaped as every JSON output escapes it,
  /// so that no reader splitting on Unicode line ends cuts a record in two.
  @Test func lineSeparatorsInANoteAreEscapedAndReadBack() throws {
    var journal = Journal(path: path, annotator: "tester")
    guard case .add(var annotation) = Self.edit(1) else { return }
    annotation.note = "one\u{2028}two\u{2029}"
    try journal.recordApplied([.add(annotation)], to: DocumentID(path: "a.txt"), summary: "s")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(#""note":"one\u2028two\u2029""#))
    #expect(!text.unicodeScalars.contains("\u{2028}") && !text.unicodeScalars.contains("\u{2029}"))
    var reopened = Journal(path: path, annotator: "tester")
    #expect(reopened.load().isEmpty)
    guard case .add(let read) = reopened.done.first?.edits?.first else {
      Issue.record("the change was not read back")
      return
    }
    #expect(read.note == annotation.note)
  }

  @Test func twoShellsAppendingAtOnceLoseNothing() throws {
    let path = self.path
    let appended = 150
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      var journal = Journal(path: path, annotator: "writer\(writer)", sizeLimit: 12_000)
      for index in 0..<appended {
        try? journal.recordApplied([Self.edit(index)], to: DocumentID(path: "a.txt"), summary: "\(index)")
      }
    }
    for writer in 0..<2 {
      var journal = Journal(path: path, annotator: "writer\(writer)", sizeLimit: 12_000)
      #expect(journal.load().isEmpty)
      let numbers = journal.done.compactMap { $0.summary.flatMap(Int.init) }
      #expect(numbers.last == appended - 1)
      #expect(numbers == Array((appended - numbers.count)..<appended), "writer \(writer) lost a change: \(numbers)")
    }
  }
}
