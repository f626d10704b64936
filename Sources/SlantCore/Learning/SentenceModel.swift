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

  /// The model used when nobody has taught one: how likely a sentence is to read as biased
  /// language, and as an unsupported assertion, from the default lexicons' weighted evidence.
  ///
  /// `loaded` has one intercept and one scale per family and modifier, no weight per word: fitted
  /// by logistic regression (L2 penalty 1) to expert sentence labels of US news (BABE), checked
  /// out of fold with five folds grouped by article (Brier 0.247 with the hand-set weights,
  /// 0.195 fitted), then fitted on all and rounded; `lexicons/README.md` gives the reliability
  /// table. BABE holds
  /// about as many biased sentences as not, so a sentence with no hit reads near one half;
  /// on news with less bias it overstates. `unsupported` follows the scorer's support label,
  /// since it judges sourcing, not wording, and no labelled news measures it: its weights are
  /// set by reasoning.
  public static let defaults = SentenceModel(
    provenance: ["the defaults' own model: a scale per family and modifier fitted to expert labels, see SentenceModel.defaults"],
    labels: [
      LabelModel(
        label: "loaded", intercept: -0.08,
        weights: [
          SignalFeature.ownVoice(.loaded).name: 0.75, SignalFeature.ownVoice(.labels).name: 0.72,
          SignalFeature.ownVoice(.intensity).name: 0.65, SignalFeature.ownVoice(.verbs).name: 0.54,
          SignalFeature.quoted(.loaded).name: 0.42, SignalFeature.quoted(.labels).name: 0.25,
          SignalFeature.negated.name: 0.81, SignalFeature.scareQuote.name: 0.47, SignalFeature.insinuation.name: 0.86,
          SignalFeature.support(.attributed).name: -0.67, SignalFeature.support(.vagueSource).name: -0.26,
          SignalFeature.length.name: -0.76,
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
