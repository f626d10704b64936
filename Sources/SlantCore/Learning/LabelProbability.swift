/// How likely people would be to give a sentence one label, with the features that moved the
/// probability most: what `probabilities` shows in every output.
public struct LabelProbability: Sendable, Hashable {
  /// One feature's share of the log-odds: its weight times its value.
  public struct Driver: Sendable, Hashable {
    /// The feature as the model file names it (`word:radical`, `entry:loaded.negative:brutal`).
    public var feature: String
    public var contribution: Double
  }

  public var label: String
  public var probability: Double
  /// The features that raised the probability most, strongest first (at most three).
  public var drivers: [Driver]

  public init(label: String, probability: Double, drivers: [Driver] = []) {
    self.label = label
    self.probability = probability
    self.drivers = drivers
  }
}
