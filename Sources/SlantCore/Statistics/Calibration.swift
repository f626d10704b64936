/// How well predicted probabilities match what people labelled: the Brier score (Brier 1950),
/// a reliability table of equal-width bins, and the expected calibration error read from it.
public struct Calibration: Sendable, Hashable, Codable {
  /// The mean squared difference between probability and outcome (0 or 1): 0 is perfect, 0.25 is
  /// what always saying 0.5 scores. nil with no predictions.
  public var brierScore: Double?
  public var bins: [ReliabilityBin]
  /// The count-weighted mean gap between mean predicted and observed rate over the bins
  /// (Naeini, Cooper and Hauskrecht 2015); nil with no predictions.
  public var expectedCalibrationError: Double?

  /// The calibration of `probabilities` (each clamped to 0...1) against `outcomes`, paired by
  /// position, over `binCount` bins of equal width; a probability p falls in bin ⌊p·binCount⌋,
  /// 1 in the last.
  public init(probabilities: [Double], outcomes: [Bool], binCount: Int = 10) {
    precondition(probabilities.count == outcomes.count, "one outcome per probability")
    precondition(binCount > 0, "at least one bin")
    var counts = Array(repeating: 0, count: binCount), events = counts
    var sums = Array(repeating: 0.0, count: binCount)
    var squares = 0.0
    for (raw, outcome) in zip(probabilities, outcomes) {
      let probability = min(1, max(0, raw)), target = outcome ? 1.0 : 0.0
      squares += (probability - target) * (probability - target)
      let bin = min(binCount - 1, Int(probability * Double(binCount)))
      counts[bin] += 1
      sums[bin] += probability
      if outcome { events[bin] += 1 }
    }
    let total = probabilities.count
    brierScore = total > 0 ? squares / Double(total) : nil
    bins = (0..<binCount).map { bin in
      let count = counts[bin]
      return ReliabilityBin(
        bin: bin, lower: Double(bin) / Double(binCount), upper: Double(bin + 1) / Double(binCount), count: count,
        meanPredicted: count > 0 ? sums[bin] / Double(count) : nil, observedRate: count > 0 ? Double(events[bin]) / Double(count) : nil)
    }
    expectedCalibrationError =
      total > 0
      ? bins.reduce(0.0) { sum, bin in
        guard let predicted = bin.meanPredicted, let observed = bin.observedRate else { return sum }
        return sum + Double(bin.count) * abs(predicted - observed)
      } / Double(total) : nil
  }
}
