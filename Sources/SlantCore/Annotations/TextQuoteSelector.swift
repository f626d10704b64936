/// The exact text of a target with a little context either side, as the W3C Web Annotation
/// `TextQuoteSelector` records it, so that the target can be found again after the text changes.
public struct TextQuoteSelector: Sendable, Hashable, Codable {
  public var exact: String
  public var prefix: String
  public var suffix: String

  public init(exact: String, prefix: String = "", suffix: String = "") {
    self.exact = exact
    self.prefix = prefix
    self.suffix = suffix
  }
}
