extension LexiconEntry {
  /// What the entries of one category in one file have in common, worked out once for all of
  /// them rather than once per entry: a large lexicon holds thousands of entries per category.
  struct SharedFields: Sendable {
    let category: String
    /// The lexicon file, relative to the workspace.
    let path: String
    let roles: CategoryRoles
    /// `,"category":…,"file":…,"line":`, which each entry's JSON members continue with its line.
    let jsonCategoryAndFile: [UInt8]

    init(category: String, path: String) {
      self.category = category
      self.path = path
      roles = CategoryRoles(category: category)
      var json = JSONBytes(capacity: 48 + category.utf8.count + path.utf8.count)
      json.raw(#","category":"#)
      json.string(category)
      json.raw(#","file":"#)
      json.string(path)
      json.raw(#","line":"#)
      jsonCategoryAndFile = json.bytes
    }
  }
}
