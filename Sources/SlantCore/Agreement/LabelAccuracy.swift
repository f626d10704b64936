/// How well the scorer finds one label that people gave: precision over what it predicted,
/// recall over what people marked, and their harmonic mean. For sentences both sides count the
/// same agreeing sentences; for spans a prediction is correct when it overlaps a person's span
/// with the label, and a person's span is found when some prediction overlaps it.
public struct LabelAccuracy: Sendable, Hashable, Codable {
  public var label: String
  public var predicted: Int
  public var predictedCorrect: Int
  public var reference: Int
  public var referenceFound: Int
  /// nil when the scorer predicted nothing.
  public var precision: Double?
  /// nil when people marked nothing.
  public var recall: Double?
  public var f1: Double?

  public init(label: String, predicted: Int, predictedCorrect: Int, reference: Int, referenceFound: Int) {
    self.label = label
    self.predicted = predicted
    self.predictedCorrect = predictedCorrect
    self.reference = reference
    self.referenceFound = referenceFound
    precision = predicted > 0 ? Double(predictedCorrect) / Double(predicted) : nil
    recall = reference > 0 ? Double(referenceFound) / Double(reference) : nil
    if let precision, let recall { f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
  }
}
