/// One bin of a reliability table: the predictions that fell in `lower..<upper` (the last bin
/// includes 1), how many there were, their mean, and how often the event happened among them.
public struct ReliabilityBin: Sendable, Hashable, Codable {
  /// The bin's number, 0 for the lowest probabilities.
  public var bin: Int
  public var lower: Double
  public var upper: Double
  public var count: Int
  /// nil for an empty bin.
  public var meanPredicted: Double?
  public var observedRate: Double?

  public init(bin: Int, lower: Double, upper: Double, count: Int, meanPredicted: Double?, observedRate: Double?) {
    self.bin = bin
    self.lower = lower
    self.upper = upper
    self.count = count
    self.meanPredicted = meanPredicted
    self.observedRate = observedRate
  }
}
