/// A `SentenceModel` laid out for the scoring path: words and pairs in a byte-keyed table looked
/// up with each token's folded bytes, entries keyed by the matcher's own entries, weights in one
/// array. A `String` and a dictionary probe per token would cost about as much as scoring itself
/// (`swift-on-linux.md`: 36 ns for the string, 70 ns for the probe, against about 100 ns a token).
public struct CompiledSentenceModel: Sendable {
  /// How many drivers a probability names.
  static let driverCount = 3

  public let labels: [String]
  private let intercepts: [Double]
  /// Feature index times label count plus label index.
  private let weights: [Double]
  private let names: [String]
  private let terms: ByteTable
  private let signals: [SignalFeature: Int]
  private let entries: [LexiconEntry: Int]
  private let categories: [String: Int]
  /// Whether any feature is a word or pair: without one, the words are only counted.
  private let hasTerms: Bool

  /// `model` ready to score with the entries of `matcher`; features naming entries the matcher
  /// does not have weigh nothing.
  public init(_ model: SentenceModel, matcher: LexiconMatcher) {
    labels = model.labels.map(\.label)
    intercepts = model.labels.map(\.intercept)
    var indices: [String: Int] = [:]
    var names: [String] = []
    for label in model.labels {
      for feature in label.weights.keys.sorted() where indices[feature] == nil {
        indices[feature] = names.count
        names.append(feature)
      }
    }
    var weights = [Double](repeating: 0, count: names.count * labels.count)
    for (labelIndex, label) in model.labels.enumerated() {
      for (feature, weight) in label.weights { weights[indices[feature]! * labels.count + labelIndex] = weight }
    }
    var terms = ByteTable(capacity: names.count)
    var signals: [SignalFeature: Int] = [:], categories: [String: Int] = [:]
    for (index, name) in names.enumerated() {
      if name.hasPrefix("word:") || name.hasPrefix("pair:") {
        var folded = String(name.dropFirst(5))
        folded.withUTF8 { _ = terms.insert($0, value: Int32(index)) }
      } else if name.hasPrefix("category:") {
        categories[String(name.dropFirst("category:".count))] = index
      }
    }
    for signal in SignalFeature.all { signals[signal] = indices[signal.name] }
    var entries: [LexiconEntry: Int] = [:]
    for entry in matcher.entries {
      if let index = indices[FeatureName.entry(entry)] { entries[entry] = index }
    }
    self.weights = weights
    self.names = names
    self.terms = terms
    self.signals = signals
    self.entries = entries
    self.categories = categories
    hasTerms = terms.count > 0
  }

  /// Each label's probability for `sentence`, whose tokens are in `tokens`, in the model's order.
  public func probabilities(for sentence: ScoredSentence, tokens: TokenList) -> [LabelProbability] {
    var present: [Int] = [], values: [Double] = []
    func add(_ index: Int?, _ value: Double) {
      guard let index else { return }
      if let at = present.firstIndex(of: index) { values[at] += value } else {
        present.append(index)
        values.append(value)
      }
    }
    let words: Int
    if hasTerms {
      var termIndices: Set<Int32> = []
      words = SentenceFeatures.forEachTerm(in: sentence.tokenRange, of: tokens) { bytes, _ in
        if let index = terms.value(bytes) { termIndices.insert(index) }
      }
      for index in termIndices.sorted() { add(Int(index), 1) }
    } else {
      words = sentence.tokenRange.reduce(0) { $0 + (tokens.tokens[$1].kind == .word ? 1 : 0) }
    }
    SentenceFeatures.forEachSignal(of: sentence, wordCount: words) { signal, value in add(signals[signal], value) }
    SentenceFeatures.forEachOwnVoiceHit(of: sentence) { hit in
      add(entries[hit.entry], 1)
      add(categories[hit.category], 1)
    }
    let count = labels.count
    return labels.indices.map { label in
      var logit = intercepts[label]
      var drivers: [LabelProbability.Driver] = []
      for (at, index) in present.enumerated() {
        let contribution = weights[index * count + label] * values[at]
        logit += contribution
        if contribution > 0 { drivers.append(.init(feature: names[index], contribution: contribution)) }
      }
      drivers.sort { ($0.contribution, $1.feature) > ($1.contribution, $0.feature) }
      return LabelProbability(label: labels[label], probability: LogisticModel.sigmoid(logit), drivers: Array(drivers.prefix(Self.driverCount)))
    }
  }
}
