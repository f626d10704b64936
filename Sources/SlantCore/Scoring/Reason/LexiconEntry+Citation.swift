extension LexiconEntry {
  /// Appends how a reason cites this entry, `loaded.negative, lexicons/loaded.txt:12` plus the
  /// weight when it is below 1, to `text`. Made where it is used rather than stored with the
  /// entry: few entries of a large lexicon are ever cited, and a stored copy took a sixth of
  /// its loading.
  public func appendCitation(to text: inout some TextOutputStream) {
    let row = table.rows[self.row]
    let category = table.categories[row.category]
    text.write(category.name)
    text.write(", ")
    text.write(category.path)
    text.write(":")
    text.write(String(row.line))
    if !isDecisive {
      text.write(", weight ")
      text.write(String(weight))
    }
  }
}
