import Testing

@testable import SlantCore

/// The duplicate finder of the lexicon parser: same category and same words, compared as Swift
/// compares strings, and still right after the table grows.
@Suite struct RowIndexTests {
  func row(_ words: [String], category: Int = 0, line: Int) -> EntryTable.Row {
    EntryTable.Row(term: words.joined(separator: " "), words: words, category: category, line: line)
  }

  @Test func aRepeatedEntryFindsTheFirstAndOthersDoNot() {
    let rows = [
      row(["brutal"], line: 1), row(["brutal"], category: 1, line: 2), row(["brutal", "regime"], line: 3), row(["brutal"], line: 4),
      row(["brutal", "regime"], line: 5),
    ]
    var index = RowIndex(capacity: 2)
    #expect(rows.indices.map { index.firstMatch(of: $0, in: rows) } == [nil, nil, nil, 0, 2])
  }

  @Test func theTwoSpellingsOfCafeAreOneWord() {
    let rows = [row(["caf\u{E9}"], line: 1), row(["cafe\u{301}"], line: 2)]
    var index = RowIndex(capacity: 1)
    #expect(index.firstMatch(of: 0, in: rows) == nil)
    #expect(index.firstMatch(of: 1, in: rows) == 0)
  }

  @Test func growingKeepsEveryRowFindable() {
    let rows = (0..<1_000).map { row(["w\($0)"], line: $0) } + (0..<1_000).map { row(["w\($0)"], line: 1_000 + $0) }
    var index = RowIndex(capacity: 4)
    let found = rows.indices.map { index.firstMatch(of: $0, in: rows) }
    #expect(found.prefix(1_000).allSatisfy { $0 == nil })
    #expect(Array(found.suffix(1_000)) == (0..<1_000).map { Optional($0) })
  }
}
