/// The categories and entries read from one lexicon file (Slant's own format or a LIWC `.dic`).
public struct Lexicon: Sendable {
  /// The file, relative to the workspace.
  public var path: String
  public var categories: [LexiconCategory]
  public var entries: [LexiconEntry]

  public init(path: String, categories: [LexiconCategory] = [], entries: [LexiconEntry] = []) {
    self.path = path
    self.categories = categories
    self.entries = entries
  }

  /// How many entries each category holds, by category name.
  public var entryCounts: [String: Int] {
    entries.reduce(into: [:]) { counts, entry in counts[entry.category, default: 0] += 1 }
  }
}
