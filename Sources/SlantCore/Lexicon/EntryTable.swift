/// The entries of one lexicon file, kept as the rows of one table, with the JSON members of
/// every row in one buffer. Entries point into it by row: a 50,000-entry lexicon then costs a
/// few large arrays instead of three small allocations per entry, each made while loading and
/// freed again at exit (measured: 15 of the 72 ms such a lexicon added to a run). Never
/// changed once made.
final class EntryTable: Sendable {
  /// A category of the file, with what its entries share.
  struct Category: Sendable {
    let name: String
    /// The lexicon file, relative to the workspace.
    let path: String
    let roles: CategoryRoles
    /// `loaded.negative, lexicons/loaded.txt:`: how a reason cites the category's entries, up
    /// to the line number. Made once per category, as reasons cite an entry in most sentences.
    let citationPrefix: String

    init(name: String, path: String) {
      self.name = name
      self.path = path
      roles = CategoryRoles(category: name)
      citationPrefix = name + ", " + path + ":"
    }
  }

  /// One entry, as a parser reads it.
  struct Row: Sendable {
    var term: String
    var words: [String]
    /// The entry's category, as an index into `categories`.
    var category: Int
    var weight = 1.0
    var alternative: String?
    var note: String?
    var line: Int
  }

  let categories: [Category]
  let rows: [Row]
  /// The roles of each row's category, side by side: the scorer asks for them at every hit.
  let roles: [CategoryRoles]
  /// The JSON members of every row, back to back; row `r`'s end at `jsonEnds[r]`.
  private let json: [UInt8]
  private let jsonEnds: [Int]

  init(categories: [Category], rows: [Row]) {
    let tails = categories.map(Self.jsonCategoryAndFile)
    var json: [UInt8] = []
    // Enough unless terms need escaping; the capacity past what is written is never touched.
    json.reserveCapacity(rows.count * (64 + (tails.map(\.count).max() ?? 0)))
    var jsonEnds: [Int] = [], roles: [CategoryRoles] = []
    jsonEnds.reserveCapacity(rows.count)
    roles.reserveCapacity(rows.count)
    var members = JSONBytes()
    for row in rows {
      roles.append(categories[row.category].roles)
      members.removeAll()
      members.raw(#","term":"#)
      members.string(row.term)
      members.raw(tails[row.category])
      members.number(row.line)
      if row.weight != 1 {
        members.raw(#","weight":"#)
        members.number(row.weight)
      }
      if let alternative = row.alternative {
        members.raw(#","alternative":"#)
        members.string(alternative)
      }
      members.withBytes { json.append(contentsOf: $0) }
      jsonEnds.append(json.count)
    }
    self.categories = categories
    self.rows = rows
    self.roles = roles
    self.json = json
    self.jsonEnds = jsonEnds
  }

  /// An entry for each row, in order.
  var entries: [LexiconEntry] { rows.indices.map { LexiconEntry(table: self, row: $0) } }

  /// Calls `body` with the JSON members of row `row`.
  func withJSONMembers<Result>(of row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let start = row == 0 ? 0 : jsonEnds[row - 1]
    return json.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<jsonEnds[row]])) }
  }

  /// `,"category":…,"file":…,"line":`, which the JSON members of each of its rows go through.
  private static func jsonCategoryAndFile(_ category: Category) -> [UInt8] {
    var json = JSONBytes(capacity: 48 + category.name.utf8.count + category.path.utf8.count)
    json.raw(#","category":"#)
    json.string(category.name)
    json.raw(#","file":"#)
    json.string(category.path)
    json.raw(#","line":"#)
    return json.bytes
  }
}
