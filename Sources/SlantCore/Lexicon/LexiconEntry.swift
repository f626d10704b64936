/// One entry of a lexicon: a word, phrase or wildcard stem in one category, with its optional
/// weight, neutral alternative and note, and the file and line it came from.
///
/// The fields live in a shared, immutable table of the file's entries, so that copying a hit
/// (which carries its entry) costs one reference count instead of one per string: measured on
/// the scoring path.
public struct LexiconEntry: Sendable, Hashable {
  /// The table holding the entry's fields, and its row there; the JSON Lines writer and the
  /// reason's citation read them.
  let table: EntryTable
  let row: Int

  /// The entry in row `row` of `table`.
  init(table: EntryTable, row: Int) {
    self.table = table
    self.row = row
  }

  public init(
    term: String, words: [String], category: String, weight: Double = 1, alternative: String? = nil, note: String? = nil,
    path: String, line: Int
  ) {
    let row = EntryTable.Row(term: term, words: words, category: 0, weight: weight, alternative: alternative, note: note, line: line)
    self.init(table: EntryTable(categories: [EntryTable.Category(name: category, path: path)], rows: [row]), row: 0)
  }

  /// The term as written in the file (`terror*`, `sponsoring terrorism`).
  public var term: String { table.rows[row].term }
  /// The term's words in folded form (lowercase, straight apostrophes); a word ending in `*`
  /// is a stem that matches any token starting with it.
  public var words: [String] { table.rows[row].words }
  public var category: String { table.categories[table.rows[row].category].name }
  public var family: CategoryFamily { table.roles[row].family }
  /// How strong a signal the entry is; 1 by default. Below 1 it never decides a label alone.
  public var weight: Double { table.rows[row].weight }
  /// A more neutral term to suggest, for contested terms (`regime -> government`).
  public var alternative: String? { table.rows[row].alternative }
  public var note: String? { table.rows[row].note }
  /// The lexicon file, relative to the workspace.
  public var path: String { table.categories[table.rows[row].category].path }
  public var line: Int { table.rows[row].line }

  /// `lexicons/loaded.txt:12`: where a person can find and edit the entry.
  public var location: String { "\(path):\(line)" }

  /// An evidence marker (`data show`): backs a claim instead of making one.
  public var isEvidence: Bool { table.roles[row].isEvidence }
  /// A degree intensifier, which boosts the hit right after it.
  public var isIntensifier: Bool { table.roles[row].isIntensifier }
  /// A vague source (`sources said`, `critics say`).
  public var isVagueAttribution: Bool { table.roles[row].isVagueAttribution }
  /// A view or feeling reported without a reporting verb (`Democrats fear`, `they hope`).
  public var isStance: Bool { table.roles[row].isStance }
  /// Loaded language, a label, a certainty booster, an absolute or a factive verb: a term that
  /// makes a sentence evaluative in the outlet's own voice.
  public var isEvaluative: Bool { table.roles[row].isEvaluative }
  /// A loaded word, label or scare-quote marker: in the outlet's own voice, a claim needing a
  /// source (`CategoryRoles.asksForSource`).
  public var asksForSource: Bool { table.roles[row].asksForSource }

  /// Whether the entry is strong enough to decide a sentence's label by itself.
  public var isDecisive: Bool { weight >= 1 }

  public static func == (lhs: LexiconEntry, rhs: LexiconEntry) -> Bool {
    (lhs.table === rhs.table && lhs.row == rhs.row)
      || (lhs.term == rhs.term && lhs.words == rhs.words && lhs.category == rhs.category && lhs.weight == rhs.weight
        && lhs.alternative == rhs.alternative && lhs.note == rhs.note && lhs.path == rhs.path && lhs.line == rhs.line)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(category)
    hasher.combine(words)
    hasher.combine(path)
    hasher.combine(line)
  }
}
