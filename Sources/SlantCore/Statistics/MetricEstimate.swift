/// A figure (precision, F1, ...) with its 95% bootstrap interval over documents.
public struct MetricEstimate: Sendable, Hashable, Codable {
  /// The figure over all documents, or nil when it is undefined there.
  public var value: Double?
  /// The 2.5% and 97.5% percentiles of the replicates where the figure is defined; nil with
  /// too few documents (`noInterval` says so) or no defined replicate.
  public var lower: Double?
  public var upper: Double?
  /// How many replicates left the figure undefined (say, drew no predicted positive) and were
  /// left out of the percentiles; worth reporting when it is more than a few.
  public var undefinedReplicates: Int
  /// Why there is no interval when the documents are too few to draw one
  /// (`no interval: 2 documents (an interval needs at least 5)`); nil otherwise.
  public var noInterval: String?

  public init(value: Double?, lower: Double?, upper: Double?, undefinedReplicates: Int, noInterval: String? = nil) {
    self.value = value
    self.lower = lower
    self.upper = upper
    self.undefinedReplicates = undefinedReplicates
    self.noInterval = noInterval
  }

  private enum CodingKeys: String, CodingKey {
    case value, lower, upper, undefinedReplicates, noInterval
  }

  /// Missing figures and bounds are written as null rather than left out, so that a reader of
  /// the JSON sees that there is no interval, and `noInterval` says why when it is known.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(value, forKey: .value)
    try container.encode(lower, forKey: .lower)
    try container.encode(upper, forKey: .upper)
    try container.encode(undefinedReplicates, forKey: .undefinedReplicates)
    try container.encodeIfPresent(noInterval, forKey: .noInterval)
  }
}
