import Foundation

/// A logistic model per sentence label: the probability that people would give a sentence the
/// label is the logistic of the intercept plus the weighted features (`SentenceFeatures`).
///
/// Plain data, written and read as text (`SentenceModelFile`) so that a person can review every
/// weight; `CompiledSentenceModel` is its fast form for scoring.
public struct SentenceModel: Sendable, Equatable {
  public struct LabelModel: Sendable, Equatable {
    public var label: String
    public var intercept: Double
    /// Feature name to weight; features missing here weigh nothing.
    public var weights: [String: Double]

    public init(label: String, intercept: Double, weights: [String: Double]) {
      self.label = label
      self.intercept = intercept
      self.weights = weights
    }

    /// The probability for a sentence with `features`.
    public func probability(_ features: [String: Double]) -> Double {
      LogisticModel.sigmoid(features.reduce(intercept) { $0 + (weights[$1.key] ?? 0) * $1.value })
    }
  }

  /// Where the model came from and how well it did, one line each, kept as comments in its file.
  public var provenance: [String]
  public var labels: [LabelModel]

  public init(provenance: [String] = [], labels: [LabelModel]) {
    self.provenance = provenance
    self.labels = labels
  }

  /// The model used when nobody has taught one: how likely a sentence is to read as loaded
  /// language, and as an unsupported assertion, from the default lexicons' weighted evidence.
  ///
  /// Few weights, set by reasoning rather than fitted: a sentence with no evaluative hit is
  /// loaded about one time in six, each unit of entry weight in the outlet's own voice roughly
  /// doubles the odds, and quoted, negated or hedged evidence counts for less. `unsupported`
  /// follows the scorer's support label, since it judges sourcing, not wording.
  public static let defaults = SentenceModel(
    provenance: ["the defaults' own model: weights set by reasoning, see SentenceModel.defaults"],
    labels: [
      LabelModel(
        label: "loaded", intercept: -1.6,
        weights: [
          SignalFeature.ownVoice(.loaded).name: 0.8, SignalFeature.ownVoice(.labels).name: 0.9,
          SignalFeature.ownVoice(.intensity).name: 0.3, SignalFeature.scareQuote.name: 0.8,
          SignalFeature.quoted(.loaded).name: 0.2, SignalFeature.quoted(.labels).name: 0.2,
          SignalFeature.negated.name: 0.2, SignalFeature.ownVoice(.hedges).name: -0.2,
          SignalFeature.support(.attributed).name: -0.3, SignalFeature.length.name: 0.4,
        ]),
      LabelModel(
        label: "unsupported", intercept: -2.4,
        weights: [
          SignalFeature.support(.unsupported).name: 2.6, SignalFeature.ownVoice(.loaded).name: 0.3,
          SignalFeature.ownVoice(.labels).name: 0.3, SignalFeature.support(.hedged).name: 0.6,
          SignalFeature.support(.attributed).name: -1.5, SignalFeature.support(.vagueSource).name: -0.5,
        ]),
    ])
}
