/// The binary figures of a decision against people's labels, each with its bootstrap interval.
public struct ClassificationEstimate: Sendable, Hashable, Codable {
  /// The counts pooled over all documents.
  public var counts: ConfusionCounts
  public var precision: MetricEstimate
  public var recall: MetricEstimate
  public var f1: MetricEstimate
  public var accuracy: MetricEstimate
  public var matthewsCorrelation: MetricEstimate
  /// Mean F1 of the positive and the negative class.
  public var macroF1: MetricEstimate

  public init(
    counts: ConfusionCounts, precision: MetricEstimate, recall: MetricEstimate, f1: MetricEstimate, accuracy: MetricEstimate,
    matthewsCorrelation: MetricEstimate, macroF1: MetricEstimate
  ) {
    self.counts = counts
    self.precision = precision
    self.recall = recall
    self.f1 = f1
    self.accuracy = accuracy
    self.matthewsCorrelation = matthewsCorrelation
    self.macroF1 = macroF1
  }
}
