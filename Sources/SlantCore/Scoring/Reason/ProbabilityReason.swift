/// The words that explain a sentence's probabilities: each label with its probability and, for
/// the labels at least as likely as not, the features that raised it most with their share of
/// the log-odds, named as the model file names them so that a person can find and edit them.
///
/// `loaded 0.83 (word:radical +1.84, entry:loaded.negative:brutal +0.90); unsupported 0.12`
public enum ProbabilityReason {
  public static func text(_ probabilities: [LabelProbability]) -> String {
    probabilities.map { probability in
      var part = "\(probability.label) \(decimal(probability.probability, places: 2))"
      if probability.probability >= 0.5, !probability.drivers.isEmpty {
        part += " (" + probability.drivers.map { "\($0.feature) +\(decimal($0.contribution, places: 2))" }.joined(separator: ", ") + ")"
      }
      return part
    }.joined(separator: "; ")
  }

  /// A probability as outputs print it: three decimals, enough to sort and bin by.
  public static func rounded(_ probability: Double) -> Double { (probability * 1000).rounded() / 1000 }

  /// `value` with `places` decimals, by integer arithmetic: `String(format:)` cost more than the
  /// probabilities it printed.
  static func decimal(_ value: Double, places: Int) -> String {
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let scaled = Int((abs(value) * Double(scale)).rounded())
    let fraction = String(scaled % scale)
    return (value < 0 && scaled > 0 ? "-" : "") + "\(scaled / scale)." + String(repeating: "0", count: places - fraction.count) + fraction
  }
}
