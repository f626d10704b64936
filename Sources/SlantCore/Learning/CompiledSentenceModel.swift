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

  /// Each sentence's probabilities, in the model's label order; the sentences' tokens are in
  /// `tokens`. One call per document, so that its buffers are made once, not per sentence.
  public func probabilities(for sentences: [ScoredSentence], tokens: TokenList) -> [[LabelProbability]] {
    var scratch = Scratch()
    return sentences.map { probabilities(for: $0, tokens: tokens, scratch: &scratch) }
  }

  /// Buffers reused from sentence to sentence: allocating them per sentence doubled the cost of
  /// a learned model's probabilities (measured on BABE's sentences, 8 times over).
  struct Scratch {
    var terms: [Int32] = []
    var present: [Int] = []
    var values: [Double] = []
    var pair: [UInt8] = []
  }

  /// Each label's probability for `sentence`, whose tokens are in `tokens`, in the model's order.
  private func probabilities(for sentence: ScoredSentence, tokens: TokenList, scratch: inout Scratch) -> [LabelProbability] {
    scratch.present.removeAll(keepingCapacity: true)
    scratch.values.removeAll(keepingCapacity: true)
    let words: Int
    if hasTerms {
      scratch.terms.removeAll(keepingCapacity: true)
      words = SentenceFeatures.forEachTerm(in: sentence.tokenRange, of: tokens, pair: &scratch.pair) { bytes, _ in
        if let index = terms.value(bytes) { scratch.terms.append(index) }
      }
      // A word or pair counts once however often it occurs.
      scratch.terms.sort()
      var previous: Int32 = -1
      for index in scratch.terms where index != previous {
        scratch.present.append(Int(index))
        scratch.values.append(1)
        previous = index
      }
    } else {
      words = sentence.tokenRange.reduce(0) { $0 + (tokens.tokens[$1].kind == .word ? 1 : 0) }
    }
    SentenceFeatures.forEachSignal(of: sentence, wordCount: words) { signal, value in
      guard let index = signals[signal] else { return }
      scratch.present.append(index)
      scratch.values.append(value)
    }
    // Entries and categories may fire more than once: they count, so they add up.
    let counted = scratch.present.count
    SentenceFeatures.forEachOwnVoiceHit(of: sentence) { hit in
      for index in [entries[hit.entry], categories[hit.category]] {
        guard let index else { continue }
        if let at = scratch.present[counted...].firstIndex(of: index) {
          scratch.values[at] += 1
        } else {
          scratch.present.append(index)
          scratch.values.append(1)
        }
      }
    }
    let count = labels.count
    return labels.indices.map { label in
      var logit = intercepts[label]
      var drivers: [(index: Int, contribution: Double)] = []
      for (at, index) in scratch.present.enumerated() {
        let contribution = weights[index * count + label] * scratch.values[at]
        logit += contribution
        guard contribution > 0 else { continue }
        // The strongest few, kept in order as they come: no array of every contribution.
        if drivers.count < Self.driverCount || contribution > drivers[drivers.count - 1].contribution {
          let place = drivers.firstIndex { contribution > $0.contribution || (contribution == $0.contribution && names[index] < names[$0.index]) } ?? drivers.count
          drivers.insert((index, contribution), at: place)
          if drivers.count > Self.driverCount { drivers.removeLast() }
        }
      }
      return LabelProbability(
        label: labels[label], probability: LogisticModel.sigmoid(logit),
        drivers: drivers.map { .init(feature: names[$0.index], contribution: $0.contribution) })
    }
  }
}
