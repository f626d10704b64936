/// Learns a `SentenceModel` from the sentences people judged: for each label they use enough
/// (and for `biased`), an L2-regularised logistic regression over the scorer's evidence, the
/// lexicon entries and categories that fired, and the words and word pairs of the sentences.
/// Deterministic: the same sentences give the same weights.
public struct SentenceModelLearner: Sendable {
  /// The L2 penalty on the weights (not the intercept); larger shrinks harder. 4 by default:
  /// learning sees many more word features than sentences. Of 0.5, 1, 2, 4 and 8 on BABE's
  /// expert labels (5-fold cross-validation by article), 4 and 8 gave the best macro-F1 (0.73; 1
  /// gave 0.71), so that figure is slightly optimistic for this default.
  public var penalty: Double
  /// A word or pair becomes a feature when at least this many training sentences hold it: rarer
  /// ones would be learned from one or two examples.
  public var minimumTermSentences: Int
  /// A label is learned when at least this many judged sentences have it, and this many lack it.
  public var minimumExamples: Int

  public init(penalty: Double = 4, minimumTermSentences: Int = 3, minimumExamples: Int = 10) {
    self.penalty = penalty
    self.minimumTermSentences = minimumTermSentences
    self.minimumExamples = minimumExamples
  }

  /// The labels there is enough evidence to learn, `biased` first, then people's labels by name.
  public func learnableLabels(in sentences: [JudgedSentence]) -> [String] {
    var counts: [String: Int] = [:]
    var biased = 0
    for sentence in sentences {
      for label in sentence.people { counts[label, default: 0] += 1 }
      if ScorerLabels.isBiased(sentence.people) { biased += 1 }
    }
    let isLearnable = { (positive: Int) in positive >= minimumExamples && sentences.count - positive >= minimumExamples }
    let labels = counts.filter { $0.key != ScorerLabels.biased && isLearnable($0.value) }.keys.sorted()
    return (isLearnable(biased) ? [ScorerLabels.biased] : []) + labels
  }

  /// Whether people gave `sentence` the label (for `biased`: any label that stands for bias).
  public static func hasLabel(_ label: String, _ sentence: JudgedSentence) -> Bool {
    label == ScorerLabels.biased ? ScorerLabels.isBiased(sentence.people) : sentence.people.contains(label)
  }

  /// The model of `labels` learned from all of `sentences`.
  public func fit(_ sentences: [JudgedSentence], labels: [String], provenance: [String] = []) -> SentenceModel {
    let space = FeatureSpace(sentences, minimumTermSentences: minimumTermSentences)
    let vectors = sentences.map(space.vector)
    let regression = LogisticRegression(penalty: penalty)
    let models = labels.map { label in
      let fit = regression.fit(vectors, labels: sentences.map { Self.hasLabel(label, $0) }, featureCount: space.names.count)
      var weights: [String: Double] = [:]
      for (index, weight) in fit.model.weights.enumerated() where abs(weight) >= 1e-6 { weights[space.names[index]] = weight }
      return SentenceModel.LabelModel(label: label, intercept: fit.model.intercept, weights: weights)
    }
    return SentenceModel(provenance: provenance, labels: models)
  }

  /// Each sentence's probabilities from a model that never saw its document: the documents are
  /// dealt into `folds` groups, and each group is scored by a model learned from the others
  /// (at most `trainingLimit` of their sentences, drawn with `seed`, for a learning curve).
  public func crossValidatedProbabilities(
    _ sentences: [JudgedSentence], labels: [String], folds: Int = 5, seed: UInt64 = 20_080_101, trainingLimit: Int? = nil
  ) -> [[LabelProbability]] {
    let split = GroupedFolds(groups: sentences.map(\.document), folds: folds, seed: seed)
    var probabilities = [[LabelProbability]](repeating: [], count: sentences.count)
    for held in 0..<split.foldCount {
      var training = split.trainingItems(fold: held)
      if let trainingLimit, training.count > trainingLimit {
        var generator = SeededGenerator(seed: seed &+ UInt64(held))
        training.shuffle(using: &generator)
        training = Array(training.prefix(trainingLimit)).sorted()
      }
      let model = fit(training.map { sentences[$0] }, labels: labels)
      for index in split.testItems(fold: held) {
        probabilities[index] = model.labels.map {
          LabelProbability(label: $0.label, probability: $0.probability(sentences[index].features))
        }
      }
    }
    return probabilities
  }
}

/// The features a model learns over: every feature the training sentences show, except words
/// and pairs too rare to learn from.
struct FeatureSpace {
  let names: [String]
  private let indices: [String: Int]

  init(_ sentences: [JudgedSentence], minimumTermSentences: Int) {
    var counts: [String: Int] = [:]
    for sentence in sentences {
      for name in sentence.features.keys { counts[name, default: 0] += 1 }
    }
    names = counts.filter { name, count in
      !(name.hasPrefix("word:") || name.hasPrefix("pair:")) || count >= minimumTermSentences
    }.keys.sorted()
    indices = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
  }

  func vector(_ sentence: JudgedSentence) -> SparseVector {
    SparseVector(sentence.features.compactMap { name, value in indices[name].map { (index: $0, value: value) } })
  }
}
