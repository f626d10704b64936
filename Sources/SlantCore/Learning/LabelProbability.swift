/// How likely people would be to give a sentence one label, with the features that moved the
/// probability most: what `probabilities` shows in every output.
public struct LabelProbability: Sendable, Hashable {
  /// One feature's share of the log-odds: its weight times its value.
  public struct Driver: Sendable, Hashable {
    /// The feature as the model file names it (`word:radical`, `entry:loaded.negative:brutal`).
    public var feature: String
    public var contribution: Double

    public init(feature: String, contribution: Double) {
      self.feature = feature
      self.contribution = contribution
    }
  }

  /// The strongest few drivers as feature numbers in `names`, held inline: scoring makes one per
  /// label and sentence, and an array of named drivers each time cost a fifth of a learned model's scoring.
  struct Strongest: Sendable {
    static let capacity = 3
    private(set) var count = 0
    private(set) var features = InlineArray<3, Int32>(repeating: 0)
    private(set) var contributions = InlineArray<3, Double>(repeating: 0)

    /// Keeps `feature` when it is among the strongest so far, strongest first; of equal
    /// contributions the lower number (the name first in order) goes first, but a full list
    /// keeps its last only against a stronger one.
    mutating func offer(_ feature: Int32, _ contribution: Double) {
      guard count < Self.capacity || contribution > contributions[count - 1] else { return }
      var place = count
      for index in 0..<count where contribution > contributions[index] || (contribution == contributions[index] && feature < features[index]) {
        place = index
        break
      }
      var index = min(count, Self.capacity - 1)
      while index > place {
        features[index] = features[index - 1]
        contributions[index] = contributions[index - 1]
        index -= 1
      }
      features[place] = feature
      contributions[place] = contribution
      count = min(count + 1, Self.capacity)
    }

    /// Adds `feature` last, as given.
    mutating func append(_ feature: Int32, _ contribution: Double) {
      features[count] = feature
      contributions[count] = contribution
      count += 1
    }
  }

  public var label: String
  public var probability: Double
  /// The names the drivers' numbers refer to (nil when there are none).
  let names: FeatureNames?
  let strongest: Strongest

  /// The features that raised the probability most, strongest first (at most three).
  public var drivers: [Driver] {
    guard let names else { return [] }
    return (0..<strongest.count).map { Driver(feature: names.strings[Int(strongest.features[$0])], contribution: strongest.contributions[$0]) }
  }

  /// `drivers` strongest first; only the first three are kept, as a model keeps no more.
  public init(label: String, probability: Double, drivers: [Driver] = []) {
    let kept = drivers.prefix(Strongest.capacity)
    var strongest = Strongest()
    for (index, driver) in kept.enumerated() { strongest.append(Int32(index), driver.contribution) }
    self.init(label: label, probability: probability, names: kept.isEmpty ? nil : FeatureNames(kept.map(\.feature)), strongest: strongest)
  }

  init(label: String, probability: Double, names: FeatureNames?, strongest: Strongest) {
    self.label = label
    self.probability = probability
    self.names = names
    self.strongest = strongest
  }

  public static func == (left: LabelProbability, right: LabelProbability) -> Bool {
    left.label == right.label && left.probability == right.probability && left.drivers == right.drivers
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(label)
    hasher.combine(probability)
    hasher.combine(drivers)
  }
}
