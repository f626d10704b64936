/// Percentile bootstrap intervals for classification figures, resampling documents: each replicate
/// draws as many documents as there are, with replacement, pools their confusion counts and
/// recomputes the figure from the pooled counts (sentences of one article stay together).
extension Bootstrap {
  /// Why `documents` documents give no interval, or nil when they are enough.
  public func noInterval(documents: Int) -> String? {
    documents >= minimumDocuments
      ? nil : "no interval: \(documents) document\(documents == 1 ? "" : "s") (an interval needs at least \(minimumDocuments))"
  }

  /// Precision, recall, F1, accuracy, Matthews correlation and macro-F1 of `documents` (one
  /// confusion count per document), all from the same replicates.
  public func classification(_ documents: [ConfusionCounts]) -> ClassificationEstimate {
    let figures: [(ConfusionCounts) -> Double?] = [\.precision, \.recall, \.f1, \.accuracy, \.matthewsCorrelation, \.macroF1]
    let estimates = estimate(documents, pooled: ConfusionCounts(), adding: { $0 = $0 + $1 }, figures: figures)
    return ClassificationEstimate(
      counts: documents.reduce(ConfusionCounts(), +), precision: estimates[0], recall: estimates[1], f1: estimates[2],
      accuracy: estimates[3], matthewsCorrelation: estimates[4], macroF1: estimates[5])
  }

  /// Macro-F1 over several labels; `documents` holds each document's counts for every label, in
  /// the same label order throughout.
  public func macroF1(_ documents: [[ConfusionCounts]]) -> MetricEstimate {
    let labels = documents.first?.count ?? 0
    precondition(documents.allSatisfy { $0.count == labels }, "every document counts every label")
    let none = Array(repeating: ConfusionCounts(), count: labels)
    // Pooled in place: a new array per drawn document cost more than the rest of the bootstrap.
    let add = { (pooled: inout [ConfusionCounts], counts: [ConfusionCounts]) in
      for index in pooled.indices { pooled[index] = pooled[index] + counts[index] }
    }
    return estimate(documents, pooled: none, adding: add, figures: [ConfusionCounts.macroF1])[0]
  }

  /// Each of `figures` over the pooled `documents`, with its percentile interval over the same
  /// `replicates` resamplings (drawn with `seed`).
  func estimate<Counts>(
    _ documents: [Counts], pooled zero: Counts, adding add: (inout Counts, Counts) -> Void, figures: [(Counts) -> Double?]
  ) -> [MetricEstimate] {
    var all = zero
    for document in documents { add(&all, document) }
    let values = figures.map { $0(all) }
    if let reason = noInterval(documents: documents.count) {
      return values.map { MetricEstimate(value: $0, lower: nil, upper: nil, undefinedReplicates: 0, noInterval: reason) }
    }
    guard replicates > 0 else { return values.map { MetricEstimate(value: $0, lower: nil, upper: nil, undefinedReplicates: 0) } }
    var generator = SeededGenerator(seed: seed)
    var samples = Array(repeating: [Double](), count: figures.count)
    for _ in 0..<replicates {
      var pooled = zero
      for _ in documents.indices { add(&pooled, documents[generator.index(below: documents.count)]) }
      for (index, figure) in figures.enumerated() {
        if let value = figure(pooled) { samples[index].append(value) }
      }
    }
    return figures.indices.map { index in
      let sorted = samples[index].sorted()
      let undefined = replicates - sorted.count
      guard !sorted.isEmpty else { return MetricEstimate(value: values[index], lower: nil, upper: nil, undefinedReplicates: undefined) }
      return MetricEstimate(
        value: values[index], lower: Self.percentile(sorted, 0.025), upper: Self.percentile(sorted, 0.975), undefinedReplicates: undefined)
    }
  }
}
