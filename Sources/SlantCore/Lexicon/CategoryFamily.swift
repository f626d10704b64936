/// The family a category belongs to: what colours it on screen, which CSV count it adds to, and
/// what role it plays in deciding a sentence's support label.
public enum CategoryFamily: String, Sendable, Hashable, Codable, CaseIterable {
  /// `loaded.*` and `contested`.
  case loaded
  /// `label.*` and `scare-quote`.
  case labels
  /// `intensifier`, `booster` and `absolute`.
  case intensity
  /// `hedge`.
  case hedges
  /// `attribution.*` and `evidence`.
  case attribution
  /// `verb.*`.
  case verbs
  /// `negator`.
  case negators
  /// `frame.*`.
  case frames
  /// Anything else, such as the categories of a LIWC dictionary.
  case other

  /// The family of the category named `category`.
  public init(category: String) {
    switch category {
    case "contested": self = .loaded
    case "scare-quote": self = .labels
    case "intensifier", "booster", "absolute": self = .intensity
    case "hedge": self = .hedges
    case "evidence": self = .attribution
    case "negator": self = .negators
    default:
      let prefix = category.prefix { $0 != "." }
      switch prefix {
      case "loaded" where prefix.count < category.count: self = .loaded
      case "label" where prefix.count < category.count: self = .labels
      case "attribution" where prefix.count < category.count: self = .attribution
      case "verb" where prefix.count < category.count: self = .verbs
      case "frame" where prefix.count < category.count: self = .frames
      default: self = .other
      }
    }
  }
}
