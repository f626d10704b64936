/// A phrase people labelled that no lexicon entry covers: a candidate entry for the category
/// that stands for the label, written as a line to paste into that category's section.
public struct PhraseSuggestion: Sendable, Hashable, Codable {
  public var phrase: String
  public var label: String
  /// The lexicon category to add it to (`loaded.negative` for `loaded`).
  public var category: String
  /// How many spans carried it, and by how many people.
  public var count: Int
  public var annotators: Int
  public var lexiconLine: String

  /// The category a new entry for `label` belongs in, or nil when no lexicon category stands for it.
  public static func category(for label: String) -> String? {
    switch label {
    case "loaded": "loaded.negative"
    case "name-calling": "label.name-calling"
    case "scare-quote": "scare-quote"
    case "intensifier": "intensifier"
    case "hedged": "hedge"
    case "vague-source": "attribution.vague"
    default: label.hasPrefix("frame.") ? label : nil
    }
  }
}
