/// One entry of a lexicon: a word, phrase or wildcard stem in one category, with its optional
/// weight, neutral alternative and note, and the file and line it came from.
public struct LexiconEntry: Sendable, Hashable {
  /// The term as written in the file (`terror*`, `sponsoring terrorism`).
  public var term: String
  /// The term's words in folded form (lowercase, straight apostrophes); a word ending in `*`
  /// is a stem that matches any token starting with it.
  public var words: [String]
  public var category: String
  public var family: CategoryFamily
  /// How strong a signal the entry is; 1 by default. Below 1 it never decides a label alone.
  public var weight: Double
  /// A more neutral term to suggest, for contested terms (`regime -> government`).
  public var alternative: String?
  public var note: String?
  /// The lexicon file, relative to the workspace.
  public var path: String
  public var line: Int

  public init(
    term: String, words: [String], category: String, weight: Double = 1, alternative: String? = nil, note: String? = nil,
    path: String, line: Int
  ) {
    self.term = term
    self.words = words
    self.category = category
    self.family = CategoryFamily(category: category)
    self.weight = weight
    self.alternative = alternative
    self.note = note
    self.path = path
    self.line = line
  }

  /// `lexicons/loaded.txt:12`: where a person can find and edit the entry.
  public var location: String { "\(path):\(line)" }

  /// Whether the entry is strong enough to decide a sentence's label by itself.
  public var isDecisive: Bool { weight >= 1 }
}
