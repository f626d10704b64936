/// The entries of one lexicon file, kept as the rows of one table. Entries point into it by
/// row: a 50,000-entry lexicon then costs a few large arrays instead of small allocations per
/// entry, each made while loading and freed again at exit (measured: 15 of the 72 ms such a
/// lexicon added to a run, when the table also held each row's JSON). Never changed once made.
final class EntryTable: Sendable {
  /// A category of the file, with what its entries share.
  struct Category: Sendable {
    let name: String
    /// The lexicon file, relative to the workspace.
    let path: String
    let roles: CategoryRoles

    init(name: String, path: String) {
      self.name = name
      self.path = path
      roles = CategoryRoles(category: name)
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

  init(categories: [Category], rows: [Row]) {
    self.categories = categories
    self.rows = rows
    roles = rows.map { categories[$0.category].roles }
  }

  /// An entry for each row, in order.
  var entries: [LexiconEntry] { rows.indices.map { LexiconEntry(table: self, row: $0) } }
}
