/// A figure (precision, F1, ...) with its 95% bootstrap interval over documents.
public struct MetricEstimate: Sendable, Hashable, Codable {
  /// The figure over all documents, or nil when it is undefined there.
  public var value: Double?
  /// The 2.5% and 97.5% percentiles of the replicates where the figure is defined; nil with
  /// fewer than two documents or no defined replicate.
  public var lower: Double?
  public var upper: Double?
  /// How many replicates left the figure undefined (say, drew no predicted positive) and were
  /// left out of the percentiles; worth reporting when it is more than a few.
  public var undefinedReplicates: Int

  public init(value: Double?, lower: Double?, upper: Double?, undefinedReplicates: Int) {
    self.value = value
    self.lower = lower
    self.upper = upper
    self.undefinedReplicates = undefinedReplicates
  }
}
