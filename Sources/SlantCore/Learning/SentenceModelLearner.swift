import Dispatch

/// Learns a `SentenceModel` from the sentences people judged: for each label they use enough
/// (and for `biased`), an L2-regularised logistic regression over the scorer's evidence, the
/// lexicon entries and categories that fired, and the words and word pairs of the sentences.
/// Deterministic: the same sentences give the same weights, on one core or many.
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
  /// Weights smaller than this in magnitude are left out of the model: each moves a sentence's
  /// log-odds by less than a fiftieth, yet together they were most of the file and of the
  /// scoring cost (BABE: 36,000 weights, 40% of them below 0.05).
  public var minimumWeight: Double

  public init(penalty: Double = 4, minimumTermSentences: Int = 3, minimumExamples: Int = 10, minimumWeight: Double = 0.1) {
    self.penalty = penalty
    self.minimumTermSentences = minimumTermSentences
    self.minimumExamples = minimumExamples
    self.minimumWeight = minimumWeight
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
    let matrix = FeatureMatrix(sentences)
    var model = fit(Array(sentences.indices), of: sentences, matrix: matrix, labels: labels)
    model.provenance = provenance
    return model
  }

  /// Each sentence's probabilities from a model that never saw its document: the documents are
  /// dealt into `folds` groups, and each group is scored by a model learned from the others
  /// (at most `trainingLimit` of their sentences, drawn with `seed`, for a learning curve).
  public func crossValidatedProbabilities(
    _ sentences: [JudgedSentence], labels: [String], folds: Int = 5, seed: UInt64 = 20_080_101, trainingLimit: Int? = nil
  ) -> [[LabelProbability]] {
    learn(sentences, labels: labels, folds: folds, seed: seed, trainingLimit: trainingLimit, includingFinalModel: false).outOfFold
  }

  /// The model of `labels` learned from all of `sentences`, and each sentence's probabilities
  /// out of fold as `crossValidatedProbabilities` gives them: the final fit runs beside the folds'.
  public func fitAndCrossValidate(
    _ sentences: [JudgedSentence], labels: [String], folds: Int = 5, seed: UInt64 = 20_080_101
  ) -> (model: SentenceModel, outOfFold: [[LabelProbability]]) {
    let result = learn(sentences, labels: labels, folds: folds, seed: seed, trainingLimit: nil, includingFinalModel: true)
    return (result.model!, result.outOfFold)
  }

  /// The folds' fits, and the final one when asked, as independent jobs spread over the cores.
  /// Each job writes only its own slot, so the result does not depend on how they are scheduled.
  private func learn(
    _ sentences: [JudgedSentence], labels: [String], folds: Int, seed: UInt64, trainingLimit: Int?, includingFinalModel: Bool
  ) -> (model: SentenceModel?, outOfFold: [[LabelProbability]]) {
    let matrix = FeatureMatrix(sentences)
    let split = GroupedFolds(groups: sentences.map(\.document), folds: folds, seed: seed)
    var trainings: [[Int]] = (0..<split.foldCount).map { held in
      var training = split.trainingItems(fold: held)
      if let trainingLimit, training.count > trainingLimit {
        var generator = SeededGenerator(seed: seed &+ UInt64(held))
        training.shuffle(using: &generator)
        training = Array(training.prefix(trainingLimit)).sorted()
      }
      return training
    }
    // The largest job first, so that two cores finish close together.
    if includingFinalModel { trainings.insert(Array(sentences.indices), at: 0) }
    let jobs = trainings
    var models = [SentenceModel?](repeating: nil, count: jobs.count)
    models.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: jobs.count) { job in
        slots[job] = fit(jobs[job], of: sentences, matrix: matrix, labels: labels)
      }
    }
    let finalModel = includingFinalModel ? models.removeFirst() : nil
    var probabilities = [[LabelProbability]](repeating: [], count: sentences.count)
    for held in 0..<split.foldCount {
      let model = models[held]!
      for index in split.testItems(fold: held) {
        probabilities[index] = model.labels.map {
          LabelProbability(label: $0.label, probability: $0.probability(sentences[index].features))
        }
      }
    }
    return (finalModel, probabilities)
  }

  /// The model of `labels` learned from the sentences at `training`. Labels that people gave
  /// to exactly the same sentences (`biased` and `loaded` when loaded is the only bias label)
  /// share one fit.
  private func fit(_ training: [Int], of sentences: [JudgedSentence], matrix: FeatureMatrix, labels: [String]) -> SentenceModel {
    let (vectors, features) = matrix.vectors(training, minimumTermSentences: minimumTermSentences)
    let regression = LogisticRegression(penalty: penalty)
    var fitted: [[Bool]: SentenceModel.LabelModel] = [:]
    let models = labels.map { label in
      let targets = training.map { Self.hasLabel(label, sentences[$0]) }
      if var shared = fitted[targets] {
        shared.label = label
        return shared
      }
      let fit = regression.fit(vectors, labels: targets, featureCount: features.count)
      var weights: [String: Double] = [:]
      for (index, weight) in fit.model.weights.enumerated() where abs(weight) >= minimumWeight { weights[matrix.names[features[index]]] = weight }
      let model = SentenceModel.LabelModel(label: label, intercept: fit.model.intercept, weights: weights)
      fitted[targets] = model
      return model
    }
    return SentenceModel(labels: models)
  }
}
