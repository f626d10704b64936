/// The JSON members of every entry of one lexicon table, back to back, made once by the score
/// JSON Lines writer so that a hit's entry is written with one copy: `,"term":…,"category":…,
/// "file":…,"line":…`, with `weight` when not 1 and `alternative` when there is one. One buffer
/// per table rather than one per entry, as a 50,000-entry lexicon spends its time allocating.
struct EntryJSONMembers: Sendable {
  /// Row `r`'s members end at `ends[r]`.
  private let bytes: [UInt8]
  private let ends: [Int]

  init(_ table: EntryTable) {
    let tails = table.categories.map(Self.categoryAndFile)
    var bytes: [UInt8] = []
    // Enough unless terms need escaping; the capacity past what is written is never touched.
    bytes.reserveCapacity(table.rows.count * (64 + (tails.map(\.count).max() ?? 0)))
    var ends: [Int] = []
    ends.reserveCapacity(table.rows.count)
    var members = JSONBytes()
    for row in table.rows {
      members.removeAll()
      Self.append(row, categoryAndFile: tails[row.category], to: &members)
      members.withBytes { bytes.append(contentsOf: $0) }
      ends.append(bytes.count)
    }
    self.bytes = bytes
    self.ends = ends
  }

  /// Appends the members of row `row` to `json`.
  func append(row: Int, to json: inout JSONBytes) {
    let start = row == 0 ? 0 : ends[row - 1]
    bytes.withUnsafeBufferPointer { json.raw(UnsafeBufferPointer(rebasing: $0[start..<ends[row]])) }
  }

  /// Appends the members of `row`, whose category's part is `categoryAndFile`.
  static func append(_ row: EntryTable.Row, categoryAndFile: [UInt8], to json: inout JSONBytes) {
    json.raw(#","term":"#)
    json.string(row.term)
    json.raw(categoryAndFile)
    json.number(row.line)
    if row.weight != 1 {
      json.raw(#","weight":"#)
      json.number(row.weight)
    }
    if let alternative = row.alternative {
      json.raw(#","alternative":"#)
      json.string(alternative)
    }
  }

  /// `,"category":…,"file":…,"line":`, which the members of each of its rows go through.
  static func categoryAndFile(_ category: EntryTable.Category) -> [UInt8] {
    var json = JSONBytes(capacity: 48 + category.name.utf8.count + category.path.utf8.count)
    json.raw(#","category":"#)
    json.string(category.name)
    json.raw(#","file":"#)
    json.string(category.path)
    json.raw(#","line":"#)
    return json.bytes
  }
}
