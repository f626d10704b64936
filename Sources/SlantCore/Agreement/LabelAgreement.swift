/// How far annotators agree on one label at sentence level: each sentence of a document an
/// annotator worked on is a unit with the value "has the label" or "has not".
public struct LabelAgreement: Sendable, Hashable, Codable {
  public var label: String
  /// Sentences coded by at least two annotators.
  public var items: Int
  /// The share of agreeing pairs of codings; nil with no items.
  public var observed: Double?
  /// Cohen's kappa, when exactly two annotators took part; nil otherwise or when undefined.
  public var kappa: Double?
  /// Krippendorff's alpha for nominal data; nil when undefined (no items, or one value throughout).
  public var alpha: Double?
}
