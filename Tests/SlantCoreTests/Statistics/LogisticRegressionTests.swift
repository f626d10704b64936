import Foundation
import Testing
import SlantCore

@Suite struct LogisticRegressionTests {
  /// Eight examples with two features, not separable.
  let examples = [[0.5, 1.0], [1.5, -0.5], [-1.0, 2.0], [2.0, 0.0], [0.0, -1.0], [-0.5, 0.5], [1.0, 1.0], [-2.0, -1.0]].map(SparseVector.init(dense:))
  let labels = [true, true, false, true, false, false, true, false]

  /// Reference weights from scikit-learn 1.9.1:
  /// `LogisticRegression(C=1/λ, solver="newton-cg", tol=1e-12, max_iter=100000).fit(X, y)`,
  /// which leaves the intercept unpenalised as we do.
  @Test(arguments: [
    (1.0, [1.331713632732475, 0.2719850897309947], -0.4055244181750465),
    (4.0, [0.6229569490693483, 0.08900589098650498], -0.15207817384715205),
  ])
  func matchesScikitLearn(penalty: Double, weights: [Double], intercept: Double) {
    for solver in [LogisticRegression.Solver.cholesky, .conjugateGradient] {
      let fit = LogisticRegression(penalty: penalty, solver: solver).fit(examples, labels: labels, featureCount: 2)
      #expect(fit.isConverged && fit.solver == solver)
      #expect(abs(fit.model.weights[0] - weights[0]) < 1e-6)
      #expect(abs(fit.model.weights[1] - weights[1]) < 1e-6)
      #expect(abs(fit.model.intercept - intercept) < 1e-6)
    }
  }

  @Test func exampleWeightsMatchScikitLearnAndRepetition() {
    // scikit-learn as above with C=1 and sample_weight=[1, 2, 1, 1, 3, 1, 1, 1].
    let weights = [1.0, 2, 1, 1, 3, 1, 1, 1]
    let fit = LogisticRegression().fit(examples, labels: labels, weights: weights, featureCount: 2)
    #expect(abs(fit.model.weights[0] - 1.5562041245440092) < 1e-6)
    #expect(abs(fit.model.weights[1] - 0.5084728582732012) < 1e-6)
    #expect(abs(fit.model.intercept - -0.7653147686603466) < 1e-6)
    // A weight of 2 is the example twice.
    var repeatedExamples: [SparseVector] = [], repeatedLabels: [Bool] = []
    for (index, weight) in weights.enumerated() {
      for _ in 0..<Int(weight) {
        repeatedExamples.append(examples[index])
        repeatedLabels.append(labels[index])
      }
    }
    let repeated = LogisticRegression().fit(repeatedExamples, labels: repeatedLabels, featureCount: 2)
    #expect(zip(fit.model.weights, repeated.model.weights).allSatisfy { abs($0 - $1) < 1e-9 })
    #expect(abs(fit.model.intercept - repeated.model.intercept) < 1e-9)
  }

  @Test func withoutEvidenceTheInterceptIsTheLogOddsOfTheLabels() {
    // No feature is ever non-zero, so the optimum is w = 0 and b = log(3/1) for 3 positives of 4.
    let empty = Array(repeating: SparseVector([]), count: 4)
    let fit = LogisticRegression().fit(empty, labels: [true, true, false, true], featureCount: 3)
    #expect(fit.model.weights == [0, 0, 0])
    #expect(abs(fit.model.intercept - log(3.0)) < 1e-12)
    let nothing = LogisticRegression().fit([], labels: [], featureCount: 2)
    #expect(nothing.model == LogisticModel(intercept: 0, weights: [0, 0]) && nothing.isConverged, "no examples: even odds")
  }

  @Test func oneBinaryFeatureRecoversTheClosedForm() {
    // With one 0/1 feature the unpenalised optimum fits each group's rate exactly:
    // b = logit(5/20) = −ln 3 and b + w = logit(15/20) = ln 3, so w = 2 ln 3. A penalty of 1e-9
    // moves them by about 1e-9·w / (curvature ≈ 20·0.75·0.25).
    let examples = (0..<40).map { SparseVector(dense: [$0 < 20 ? 0 : 1]) }
    let labels = (0..<40).map { $0 < 20 ? $0 < 5 : $0 < 35 }
    for solver in [LogisticRegression.Solver.cholesky, .conjugateGradient] {
      let fit = LogisticRegression(penalty: 1e-9, solver: solver).fit(examples, labels: labels, featureCount: 1)
      #expect(abs(fit.model.intercept - -log(3.0)) < 1e-8)
      #expect(abs(fit.model.weights[0] - 2 * log(3.0)) < 1e-8)
    }
  }

  @Test func separableDataStaysFinite() {
    // The one feature separates the labels perfectly: without the penalty the weight would grow
    // without bound; with it the fit converges to a finite weight, larger for a smaller penalty.
    let separable = [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0].map { SparseVector(dense: [$0]) }
    let labels = [false, false, false, true, true, true]
    let loose = LogisticRegression(penalty: 0.01).fit(separable, labels: labels, featureCount: 1)
    let tight = LogisticRegression(penalty: 1).fit(separable, labels: labels, featureCount: 1)
    for fit in [loose, tight] {
      #expect(fit.isConverged && fit.model.weights[0].isFinite && fit.objective.isFinite)
      #expect(zip(separable, labels).allSatisfy { (fit.model.probability($0) > 0.5) == $1 })
    }
    #expect(loose.model.weights[0] > tight.model.weights[0] && loose.model.weights[0] < 100)
  }

  @Test func solversAgreeOnManySparseFeatures() {
    let (data, labels) = Self.randomProblem(examples: 300, features: 60, seed: 5)
    let exact = LogisticRegression(penalty: 0.5, solver: .cholesky).fit(data, labels: labels, featureCount: 60)
    let iterative = LogisticRegression(penalty: 0.5, solver: .conjugateGradient).fit(data, labels: labels, featureCount: 60)
    #expect(exact.isConverged && iterative.isConverged)
    #expect(zip(exact.model.weights, iterative.model.weights).allSatisfy { abs($0 - $1) < 1e-7 })
    #expect(abs(exact.model.intercept - iterative.model.intercept) < 1e-7)
  }

  @Test func automaticSolverWeighsTheCostOfEach() {
    // 300 examples with 6 of 60 features on: Cholesky costs 300·36/2 + 61³/6 ≈ 43,200 operations,
    // 30 CG steps 30·2·1,800 = 108,000 (fewer when draws repeat an index): Cholesky.
    let (sparse, labels) = Self.randomProblem(examples: 300, features: 60, seed: 5)
    #expect(LogisticRegression().fit(sparse, labels: labels, featureCount: 60).solver == .cholesky)
    // The same examples with all 60 features present: 300·3,600/2 + 37,820 ≈ 578,000 against
    // 30·2·18,000 = 1,080,000: still Cholesky. With 600 features present: 54 million + 601³/6
    // (36 million) against 10.8 million: conjugate gradients.
    let dense60 = sparse.map { _ in SparseVector(dense: (0..<60).map { Double($0 % 7) + 1 }) }
    #expect(LogisticRegression().fit(dense60, labels: labels, featureCount: 60).solver == .cholesky)
    let dense600 = sparse.map { _ in SparseVector(dense: (0..<600).map { Double($0 % 5) + 1 }) }
    #expect(LogisticRegression().fit(dense600, labels: labels, featureCount: 600).solver == .conjugateGradient)
  }

  @Test func unpenalisedInterceptMatchesTheShareOfPositives() {
    // At the optimum the intercept's gradient Σ(pᵢ − yᵢ) is 0: mean probability = share positive.
    let (data, labels) = Self.randomProblem(examples: 200, features: 30, seed: 9)
    let fit = LogisticRegression(penalty: 2, solver: .conjugateGradient).fit(data, labels: labels, featureCount: 30)
    let meanProbability = data.map(fit.model.probability).reduce(0, +) / Double(data.count)
    let share = Double(labels.count(where: { $0 })) / Double(labels.count)
    #expect(abs(meanProbability - share) < 1e-9)
  }

  @Test func fitsAreDeterministic() {
    let (data, labels) = Self.randomProblem(examples: 150, features: 40, seed: 3)
    let regression = LogisticRegression(solver: .conjugateGradient)
    #expect(regression.fit(data, labels: labels, featureCount: 40) == regression.fit(data, labels: labels, featureCount: 40))
  }

  @Test func sparseVectorsSortMergeAndDropZeros() {
    let vector = SparseVector([(index: 4, value: 1), (index: 1, value: 2), (index: 4, value: 0.5), (index: 2, value: 0)])
    #expect(vector.indices == [1, 4] && vector.values == [2, 1.5])
    #expect(vector.dot([10, 100, 1000, 1, 2]) == 2 * 100 + 1.5 * 2)
    #expect(vector.dot([1]) == 0, "indices past the weights count as 0")
  }

  /// Examples with about six of `features` binary features on, labels drawn from a logistic model
  /// with alternating-sign weights, so that the fit has something to find.
  static func randomProblem(examples: Int, features: Int, seed: UInt64) -> ([SparseVector], [Bool]) {
    var generator = SeededGenerator(seed: seed)
    var data: [SparseVector] = [], labels: [Bool] = []
    for _ in 0..<examples {
      let on = (0..<6).map { _ in generator.index(below: features) }
      let margin = on.reduce(0.0) { $0 + ($1 % 2 == 0 ? 0.8 : -0.6) }
      data.append(SparseVector(on.map { (index: $0, value: 1.0) }))
      labels.append(Double(generator.index(below: 1_000_000)) / 1_000_000 < 1 / (1 + exp(-margin)))
    }
    return (data, labels)
  }
}
