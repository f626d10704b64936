/// The scorer against people, sentence by sentence: for `biased` and each label people use, how
/// well its decisions match theirs (precision, recall, F1, macro-F1, Matthews correlation) with
/// 95% intervals from a bootstrap over documents, and, where it gives probabilities, how well
/// they are calibrated (Brier score, ten-bin reliability table). The same for each lexicon
/// category as a detector of the label it stands for.
public struct ScorerEvaluation: Sendable, Codable {
  /// What the scorer decided for one sentence: its labels, and its probabilities when it has them.
  public struct Decision: Sendable {
    public var labels: Set<String>
    public var probabilities: [String: Double]
    /// Whether the sentence is decided biased: by the rules, any label that stands for bias;
    /// by probabilities, `biased` at 0.5 or more.
    public var isBiased: Bool

    public init(labels: Set<String>, probabilities: [String: Double] = [:], isBiased: Bool? = nil) {
      self.labels = labels
      self.probabilities = probabilities
      self.isBiased = isBiased ?? ScorerLabels.isBiased(labels)
    }

    /// The scorer's own rules: its labels, and the probabilities of its model for calibration.
    public static func rules(_ sentence: JudgedSentence) -> Decision {
      var probabilities: [String: Double] = [:]
      for label in sentence.probabilities.map(\.label) + [ScorerLabels.biased] {
        probabilities[label] = sentence.probability(of: label)
      }
      return Decision(labels: sentence.scorer, probabilities: probabilities)
    }

    /// The model's probabilities: a label is decided when its probability is at least one half,
    /// but frames, of which only the primary one is (`SentenceFrameDecider`);
    /// `biased` by its own model, or else by the chance that some label standing for bias applies.
    public static func probabilities(_ probabilities: [LabelProbability]) -> Decision {
      var byLabel = Dictionary(probabilities.map { ($0.label, $0.probability) }, uniquingKeysWith: { first, _ in first })
      if byLabel[ScorerLabels.biased] == nil {
        let parts = byLabel.filter { ScorerLabels.biasedLabels.contains($0.key) }.values
        if !parts.isEmpty { byLabel[ScorerLabels.biased] = 1 - parts.reduce(1) { $0 * (1 - $1) } }
      }
      // A sentence has one primary frame: the most probable frame label, as the scorer picks it.
      var decided = Set(byLabel.filter { $0.value >= 0.5 && !$0.key.hasPrefix(FrameChoice.prefix) }.keys)
      if let frame = SentenceFrameDecider().choice(hits: [], probabilities: probabilities) { decided.insert(frame.category) }
      return Decision(labels: decided, probabilities: byLabel, isBiased: decided.contains(ScorerLabels.biased))
    }

    func decides(_ label: String) -> Bool { label == ScorerLabels.biased ? isBiased : labels.contains(label) }
  }

  /// One label's figures.
  public struct LabelFigures: Sendable, Codable {
    public var label: String
    public var figures: ClassificationEstimate
    /// nil when the scorer gives this label no probability.
    public var calibration: Calibration?
  }

  /// How the intervals were drawn, for the output to say; with too few documents, why there are none.
  public var method: String
  public var documents: Int
  public var sentences: Int
  /// `biased` first, then each label people used, by name.
  public var labels: [LabelFigures]
  /// Macro-F1 over people's labels (not `biased`), with its interval.
  public var macroF1: MetricEstimate

  /// The figures of `decisions` (one per sentence of `sentences`, in order) against people,
  /// for `labels` (`biased` is always first).
  public init(sentences: [JudgedSentence], decisions: [Decision], labels: [String], bootstrap: Bootstrap = Bootstrap()) {
    precondition(sentences.count == decisions.count, "one decision per sentence")
    let labels = [ScorerLabels.biased] + labels.filter { $0 != ScorerLabels.biased }
    let documents = Array(Set(sentences.map(\.document))).sorted()
    let position = Dictionary(uniqueKeysWithValues: documents.enumerated().map { ($0.element, $0.offset) })
    var counts = [[ConfusionCounts]](repeating: [ConfusionCounts](repeating: ConfusionCounts(), count: labels.count), count: documents.count)
    for (sentence, decision) in zip(sentences, decisions) {
      for (index, label) in labels.enumerated() {
        counts[position[sentence.document]!][index].add(
          predicted: decision.decides(label), actual: SentenceModelLearner.hasLabel(label, sentence))
      }
    }
    method =
      bootstrap.noInterval(documents: documents.count)
      ?? "95% percentile bootstrap over \(documents.count) documents, \(bootstrap.replicates) replicates, seed \(bootstrap.seed)"
    self.documents = documents.count
    self.sentences = sentences.count
    self.labels = labels.enumerated().map { index, label in
      let probabilities = decisions.map { $0.probabilities[label] }
      let calibration =
        probabilities.allSatisfy({ $0 != nil }) && !probabilities.isEmpty
        ? Calibration(probabilities: probabilities.map { $0! }, outcomes: sentences.map { SentenceModelLearner.hasLabel(label, $0) })
        : nil
      return LabelFigures(label: label, figures: bootstrap.classification(counts.map { $0[index] }), calibration: calibration)
    }
    macroF1 = labels.count > 1 ? bootstrap.macroF1(counts.map { Array($0.dropFirst()) }) : MetricEstimate(value: nil, lower: nil, upper: nil, undefinedReplicates: 0, noInterval: bootstrap.noInterval(documents: documents.count))
  }
}
