extension LexiconEntry {
  /// Appends `,"term":…,"category":…,"file":…,"line":…`, with `weight` when not 1 and
  /// `alternative` when there is one: how JSON Lines output describes every hit of this entry.
  /// Written afresh on each call; `ScoreJSONLines` keeps them made once per lexicon.
  public func appendJSONMembers(to json: inout JSONBytes) {
    let row = table.rows[self.row]
    EntryJSONMembers.append(row, categoryAndFile: EntryJSONMembers.categoryAndFile(table.categories[row.category]), to: &json)
  }
}
