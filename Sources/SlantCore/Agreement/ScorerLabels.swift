/// The annotation labels the scorer's findings stand for, so that its output can be compared
/// with people's: a sentence's support label by name, and hits in the outlet's own voice as
/// `loaded`, `name-calling`, `scare-quote`, `intensifier` or their frame.
public enum ScorerLabels {
  /// The label a person would give the words of `hit`, or nil for families people do not label
  /// (attribution, hedges, verbs, negators). Quoted hits are a source's voice and get none,
  /// except frames, which quotations carry as well.
  public static func label(for hit: Hit) -> String? {
    if hit.family == .frames { return hit.category }
    guard !hit.modifiers.contains(.quoted) || hit.modifiers.contains(.scareQuoted) else { return nil }
    switch hit.family {
    case .loaded: return "loaded"
    case .labels: return hit.category == "scare-quote" ? "scare-quote" : "name-calling"
    case .intensity: return "intensifier"
    default: return nil
    }
  }

  /// Every label the scorer gives `sentence`: its support label, its hits' labels but for
  /// frames, and its one primary frame (a coder gives a sentence one frame, not every cue's).
  public static func labels(for sentence: ScoredSentence) -> Set<String> {
    var labels: Set<String> = [sentence.label.rawValue]
    for hit in sentence.hits where hit.family != .frames {
      if let label = label(for: hit) { labels.insert(label) }
    }
    if let frame = sentence.frame { labels.insert(frame.category) }
    if sentence.quotations.contains(where: \.isScareQuote) { labels.insert("scare-quote") }
    return labels
  }

  /// The label an entry's hit stands for when judging the entry: `label(for:)`, and for the
  /// families that only act through the support label, that label (`may` stands for `hedged`).
  public static func entryLabel(for hit: Hit) -> String? {
    if let label = label(for: hit) { return label }
    guard !hit.modifiers.contains(.quoted) else { return nil }
    switch hit.family {
    case .hedges: return SupportLabel.hedged.rawValue
    case .attribution: return hit.category == "attribution.vague" ? SupportLabel.vagueSource.rawValue : hit.category == "evidence" ? nil : SupportLabel.attributed.rawValue
    default: return nil
    }
  }

  /// Labels that stand for loaded language: what the loaded-hit rate counts on the human side.
  public static let loadedLanguage: Set<String> = ["loaded", "name-calling", "scare-quote"]

  /// The judgement "biased", as in expert-labelled news (BABE): loaded language or an
  /// unsupported assertion. Not a label people give; read off the labels they give.
  public static let biased = "biased"
  /// The labels any one of which makes a sentence biased.
  public static let biasedLabels: Set<String> = loadedLanguage.union([SupportLabel.unsupported.rawValue, biased])

  /// Whether `labels` (people's or the scorer's) make a sentence biased.
  public static func isBiased(_ labels: Set<String>) -> Bool { !labels.isDisjoint(with: biasedLabels) }
}
