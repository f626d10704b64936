import Foundation
import SlantCore

/// `slant-bench learn [--sentences N] [--dense N] [--sparse N] [--runs N]`: fitting the sentence
/// model of issue 13 (L2 logistic regression) on synthetic data shaped like labelled news: N
/// sentences (3,000 by default) with `dense` evidence features present in every sentence (300)
/// and a vocabulary of `sparse` word and bigram features (5,000), of which each sentence holds
/// about 20 words and 20 bigrams drawn Zipf-like; labels come from a logistic model over a few
/// dozen features. Prints the median fit time of each solver, and of a 5-fold grouped
/// cross-validation with the final fit, as `slant lexicon learn` will run it.
enum LearnBenchmark {
  static func run(_ arguments: [String]) throws {
    let options = BenchOptions(arguments)
    let sentences = options.integer("sentences") ?? 3_000, dense = options.integer("dense") ?? 300
    let sparse = options.integer("sparse") ?? 5_000, runs = options.integer("runs") ?? 5
    let (examples, labels) = generate(sentences: sentences, dense: dense, sparse: sparse)
    let nonZeros = examples.reduce(0) { $0 + $1.indices.count }
    print("\(sentences) sentences, \(dense) dense + \(sparse) sparse features, \(nonZeros / max(1, sentences)) non-zeros per sentence")
    measure("all features, automatic solver", LogisticRegression(), examples, labels, featureCount: dense + sparse, runs: runs)
    let denseOnly = examples.map { SparseVector(zip($0.indices, $0.values).filter { $0.0 < dense }.map { (index: $0.0, value: $0.1) }) }
    measure("dense features only, Cholesky", LogisticRegression(solver: .cholesky), denseOnly, labels, featureCount: dense, runs: runs)
    measure("dense features only, conjugate gradients", LogisticRegression(solver: .conjugateGradient), denseOnly, labels, featureCount: dense, runs: runs)
    // What learning does: five fits on four fifths of the articles (three sentences each), then one on all.
    let folds = GroupedFolds(groups: examples.indices.map { $0 / 3 }, folds: 5, seed: 1)
    let crossValidated = BenchSupport.medianSeconds(runs: runs) {
      for fold in 0..<folds.foldCount {
        let training = folds.trainingItems(fold: fold)
        _ = LogisticRegression().fit(training.map { examples[$0] }, labels: training.map { labels[$0] }, featureCount: dense + sparse)
      }
      _ = LogisticRegression().fit(examples, labels: labels, featureCount: dense + sparse)
    }
    print(String(format: "  5-fold grouped cross-validation plus the final fit, all features: median %.3f s", crossValidated))
  }

  static func measure(_ name: String, _ regression: LogisticRegression, _ examples: [SparseVector], _ labels: [Bool], featureCount: Int, runs: Int) {
    var fit: LogisticFit?
    let seconds = BenchSupport.medianSeconds(runs: runs) { fit = regression.fit(examples, labels: labels, featureCount: featureCount) }
    guard let fit else { return }
    let correct = zip(examples, labels).count { (fit.model.probability($0) > 0.5) == $1 }
    print(
      String(
        format: "  %@: median %.3f s over %d runs (%@, %d Newton steps, converged: %@, training accuracy %.3f)", name, seconds, runs,
        fit.solver.rawValue, fit.iterations, fit.isConverged ? "yes" : "no", Double(correct) / Double(examples.count)))
  }

  /// The synthetic sentences and labels described above, the same on every run.
  static func generate(sentences: Int, dense: Int, sparse: Int) -> ([SparseVector], [Bool]) {
    var random = SeededGenerator(seed: 13)
    func uniform() -> Double { Double(random.index(below: 1 << 30)) / Double(1 << 30) }
    func gaussian() -> Double { (-2 * log(max(uniform(), 1e-12))).squareRoot() * cos(2 * Double.pi * uniform()) }
    // Zipf-like: squaring a uniform index makes low feature numbers common, as in text.
    func term() -> Int { dense + Int(uniform() * uniform() * Double(sparse)) }
    let truth = (0..<(dense + sparse)).map { index in index % 17 == 0 ? (index % 2 == 0 ? 0.9 : -0.9) : 0 }
    var examples: [SparseVector] = [], labels: [Bool] = []
    for _ in 0..<sentences {
      var pairs = (0..<dense).map { (index: $0, value: gaussian()) }
      for _ in 0..<40 where sparse > 0 { pairs.append((index: term(), value: 1)) }
      let example = SparseVector(pairs)
      examples.append(example)
      labels.append(uniform() < 1 / (1 + exp(-example.dot(truth))))
    }
    return (examples, labels)
  }
}
