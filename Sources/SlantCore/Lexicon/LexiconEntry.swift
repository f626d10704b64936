/// One entry of a lexicon: a word, phrase or wildcard stem in one category, with its optional
/// weight, neutral alternative and note, and the file and line it came from.
///
/// The fields live in one shared, immutable box, so that copying a hit (which carries its
/// entry) costs one reference count instead of one per string: measured on the scoring path.
public struct LexiconEntry: Sendable, Hashable {
  private final class Fields: Sendable {
    let term: String
    let words: [String]
    let category: String
    let roles: CategoryRoles
    let weight: Double
    let alternative: String?
    let note: String?
    let path: String
    let line: Int
    /// The entry as JSON object members, made once: every hit in JSON Lines output repeats them.
    let jsonMembers: [UInt8]

    init(term: String, words: [String], shared: SharedFields, weight: Double, alternative: String?, note: String?, line: Int) {
      self.term = term
      self.words = words
      self.category = shared.category
      self.roles = shared.roles
      self.weight = weight
      self.alternative = alternative
      self.note = note
      self.path = shared.path
      self.line = line
      var json = JSONBytes(capacity: 48 + term.utf8.count + shared.jsonCategoryAndFile.count)
      json.raw(#","term":"#)
      json.string(term)
      json.raw(shared.jsonCategoryAndFile)
      json.number(line)
      if weight != 1 {
        json.raw(#","weight":"#)
        json.number(weight)
      }
      if let alternative {
        json.raw(#","alternative":"#)
        json.string(alternative)
      }
      jsonMembers = json.bytes
    }
  }

  private let fields: Fields

  public init(
    term: String, words: [String], category: String, weight: Double = 1, alternative: String? = nil, note: String? = nil,
    path: String, line: Int
  ) {
    self.init(
      term: term, words: words, shared: SharedFields(category: category, path: path), weight: weight, alternative: alternative, note: note,
      line: line)
  }

  /// An entry of a category and file whose shared fields the caller has already worked out.
  init(term: String, words: [String], shared: SharedFields, weight: Double = 1, alternative: String? = nil, note: String? = nil, line: Int) {
    fields = Fields(term: term, words: words, shared: shared, weight: weight, alternative: alternative, note: note, line: line)
  }

  /// The term as written in the file (`terror*`, `sponsoring terrorism`).
  public var term: String { fields.term }
  /// The term's words in folded form (lowercase, straight apostrophes); a word ending in `*`
  /// is a stem that matches any token starting with it.
  public var words: [String] { fields.words }
  public var category: String { fields.category }
  public var family: CategoryFamily { fields.roles.family }
  /// How strong a signal the entry is; 1 by default. Below 1 it never decides a label alone.
  public var weight: Double { fields.weight }
  /// A more neutral term to suggest, for contested terms (`regime -> government`).
  public var alternative: String? { fields.alternative }
  public var note: String? { fields.note }
  /// The lexicon file, relative to the workspace.
  public var path: String { fields.path }
  public var line: Int { fields.line }

  /// `lexicons/loaded.txt:12`: where a person can find and edit the entry.
  public var location: String { "\(path):\(line)" }

  /// An evidence marker (`data show`): backs a claim instead of making one.
  public var isEvidence: Bool { fields.roles.isEvidence }
  /// A degree intensifier, which boosts the hit right after it.
  public var isIntensifier: Bool { fields.roles.isIntensifier }
  /// A vague source (`sources said`, `critics say`).
  public var isVagueAttribution: Bool { fields.roles.isVagueAttribution }
  /// Loaded language, a label, a certainty booster, an absolute or a factive verb: a term that
  /// makes a sentence evaluative in the outlet's own voice.
  public var isEvaluative: Bool { fields.roles.isEvaluative }

  /// `,"term":…,"category":…,"file":…,"line":…` with `weight` when not 1 and `alternative`
  /// when there is one: how JSON Lines output describes every hit of this entry.
  public var jsonMembers: [UInt8] { fields.jsonMembers }

  /// How a reason cites this entry: `loaded.negative, lexicons/loaded.txt:12`, plus the weight
  /// when it is below 1.
  public var citation: String {
    var citation = ""
    appendCitation(to: &citation)
    return citation
  }

  /// Appends `citation` to `text`. It is made where it is used, not stored with the entry: few
  /// entries of a large lexicon are ever cited, and a stored copy took a sixth of its loading.
  public func appendCitation(to text: inout String) {
    text += category
    text += ", "
    text += path
    text += ":"
    text += String(line)
    if !isDecisive {
      text += ", weight "
      text += String(weight)
    }
  }

  /// Whether the entry is strong enough to decide a sentence's label by itself.
  public var isDecisive: Bool { weight >= 1 }

  public static func == (lhs: LexiconEntry, rhs: LexiconEntry) -> Bool {
    lhs.fields === rhs.fields
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
