/// The four counts of a binary decision against people's labels (positive: "biased", a label, an
/// entry's hit) and the figures read from them. A figure whose denominator is zero is nil, not 0:
/// "never predicted" must not read as "always wrong".
public struct ConfusionCounts: Sendable, Hashable, Codable {
  public var truePositives: Int
  public var falsePositives: Int
  public var falseNegatives: Int
  public var trueNegatives: Int

  public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0, trueNegatives: Int = 0) {
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
    self.trueNegatives = trueNegatives
  }

  /// The counts of `predicted` against `actual`, paired by position.
  public init(predicted: [Bool], actual: [Bool]) {
    precondition(predicted.count == actual.count, "one prediction per label")
    self.init()
    for (guess, truth) in zip(predicted, actual) { add(predicted: guess, actual: truth) }
  }

  /// Counts one more item.
  public mutating func add(predicted: Bool, actual: Bool) {
    switch (predicted, actual) {
    case (true, true): truePositives += 1
    case (true, false): falsePositives += 1
    case (false, true): falseNegatives += 1
    case (false, false): trueNegatives += 1
    }
  }

  /// The pooled counts of two sets of items.
  public static func + (left: ConfusionCounts, right: ConfusionCounts) -> ConfusionCounts {
    ConfusionCounts(
      truePositives: left.truePositives + right.truePositives, falsePositives: left.falsePositives + right.falsePositives,
      falseNegatives: left.falseNegatives + right.falseNegatives, trueNegatives: left.trueNegatives + right.trueNegatives)
  }

  public var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }

  /// The same items with the classes swapped, so that "not biased" is the positive class.
  public var swapped: ConfusionCounts {
    ConfusionCounts(truePositives: trueNegatives, falsePositives: falseNegatives, falseNegatives: falsePositives, trueNegatives: truePositives)
  }

  /// TP / (TP + FP): of the items predicted positive, the share people labelled positive.
  public var precision: Double? { Self.ratio(truePositives, truePositives + falsePositives) }

  /// TP / (TP + FN): of the items people labelled positive, the share predicted positive.
  public var recall: Double? { Self.ratio(truePositives, truePositives + falseNegatives) }

  /// 2TP / (2TP + FP + FN), the harmonic mean of precision and recall; 0 when either is 0 or
  /// undefined but the class occurs, nil only when neither side ever says positive.
  public var f1: Double? { Self.ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }

  /// (TP + TN) / all items.
  public var accuracy: Double? { Self.ratio(truePositives + trueNegatives, total) }

  /// The Matthews correlation (the phi coefficient of the 2×2 table), -1 to 1, or nil when a row
  /// or column of the table is empty (Chicco and Jurman 2020 discuss that case).
  public var matthewsCorrelation: Double? {
    let tp = Double(truePositives), fp = Double(falsePositives), fn = Double(falseNegatives), tn = Double(trueNegatives)
    let product = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)
    guard product > 0 else { return nil }
    return (tp * tn - fp * fn) / product.squareRoot()
  }

  /// The mean F1 of the two classes (positive and negative), over those with an F1: what
  /// scikit-learn's `f1_score(average="macro")` gives for binary labels.
  public var macroF1: Double? { Self.macroF1([self, swapped]) }

  /// The mean F1 over several labels (one count per label), over the labels with an F1.
  public static func macroF1(_ labels: [ConfusionCounts]) -> Double? {
    let scores = labels.compactMap(\.f1)
    return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
  }

  private static func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
    denominator > 0 ? Double(numerator) / Double(denominator) : nil
  }
}
