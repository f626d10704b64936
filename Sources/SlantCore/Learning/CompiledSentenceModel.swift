/// A `SentenceModel` laid out for the scoring path: one byte-keyed table of the words it knows,
/// looked up once per token with the token's folded bytes, a sentence's words at once; pairs
/// keyed by the two words' numbers, probed only after a word that starts one; entries and categories by the matcher's own rows;
/// weights in one array. A `String` and a dictionary probe per token would cost about as much as
/// scoring itself (`swift-on-linux.md`: 36 ns for the string, 70 ns for the probe, against about
/// 100 ns a token).
public struct CompiledSentenceModel: Sendable {
  public let labels: [String]
  private let intercepts: [Double]
  /// Feature index times label count plus label index.
  private let weights: [Double]
  private let names: FeatureNames
  /// Each word the model knows (as a feature, or as a word of a pair) to its number.
  private let words: WordTable
  /// By word number: the word's feature, or -1 when only its pairs are features.
  private let wordFeatures: [Int32]
  /// By word number: whether some pair feature starts with the word.
  private let startsPair: [Bool]
  private let pairs: PairTable
  private let signals: [SignalFeature: Int]
  /// The entry and category features of each row of the matcher's entry tables.
  private let rows: [EntryTableFeatures]
  /// Every feature's number by name, for hits whose entry is not one of the matcher's own (built elsewhere, equal by value).
  private let indices: [String: Int]
  private let categories: [String: Int]
  /// Whether any feature is a word or pair: without one, the words are only counted.
  private let hasTerms: Bool

  /// `model` ready to score with the entries of `matcher`; features naming entries the matcher
  /// does not have weigh nothing.
  public init(_ model: SentenceModel, matcher: LexiconMatcher) {
    labels = model.labels.map(\.label)
    intercepts = model.labels.map(\.intercept)
    // One sort of every feature name, so that features are numbered the same on every run.
    var union: Set<String> = []
    for label in model.labels { union.formUnion(label.weights.keys) }
    let names = union.sorted()
    let indices = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
    var weights = [Double](repeating: 0, count: names.count * labels.count)
    for (labelIndex, label) in model.labels.enumerated() {
      for (feature, weight) in label.weights { weights[indices[feature]! * labels.count + labelIndex] = weight }
    }
    var vocabulary = Vocabulary()
    var pairs: [(first: Int32, second: Int32, feature: Int32)] = []
    var categories: [String: Int] = [:]
    for (index, name) in names.enumerated() {
      if name.hasPrefix("word:") {
        vocabulary.setFeature(Int32(index), of: name.utf8.dropFirst(5))
      } else if name.hasPrefix("pair:") {
        let pair = name.utf8.dropFirst(5)
        // A pair is two words joined by one space; a word never holds a space.
        guard let space = pair.firstIndex(of: UInt8(ascii: " ")) else { continue }
        let first = vocabulary.number(of: pair[..<space], startsPair: true)
        let second = vocabulary.number(of: pair[pair.index(after: space)...], startsPair: false)
        pairs.append((first, second, Int32(index)))
      } else if name.hasPrefix("category:") {
        categories[String(name.dropFirst("category:".count))] = index
      }
    }
    var pairTable = PairTable(capacity: pairs.count)
    for pair in pairs { pairTable.insert(first: pair.first, second: pair.second, value: pair.feature) }
    var signals: [SignalFeature: Int] = [:]
    for signal in SignalFeature.all { signals[signal] = indices[signal.name] }
    self.weights = weights
    self.names = FeatureNames(names)
    words = WordTable(vocabulary.words)
    wordFeatures = vocabulary.features
    startsPair = vocabulary.startsPair
    self.pairs = pairTable
    self.signals = signals
    rows = EntryTableFeatures.all(for: matcher.entries, indices: indices, categories: categories)
    self.indices = indices
    self.categories = categories
    hasTerms = !vocabulary.words.isEmpty
  }

  /// Each sentence's probabilities, in the model's label order; the sentences' tokens are in
  /// `tokens`. One call per document, so that its buffers are made once, not per sentence.
  public func probabilities(for sentences: [ScoredSentence], tokens: TokenList) -> [[LabelProbability]] {
    var scratch = Scratch(tokens: sentences.reduce(0) { max($0, $1.tokenRange.count) })
    return sentences.map { probabilities(for: $0, tokens: tokens, scratch: &scratch) }
  }

  /// Buffers reused from sentence to sentence: allocating them per sentence doubled the cost of
  /// a learned model's probabilities (measured on BABE's sentences, 8 times over).
  struct Scratch {
    /// One word of the sentence as the scorer met it: where its bytes are in the folded bytes, whether
    /// it follows another word directly, its tag and first slot, its number (-1: unknown), and the
    /// first slot of the pair it ends when the word before it starts one (index -1: none).
    struct Word {
      var start: Int
      var end: Int
      var followsWord: Bool
      var tag: UInt64
      var first: (index: Int, content: UInt64)
      var number: Int32 = -1
      var pair: (index: Int, content: UInt64) = (-1, 0)
    }

    var terms: [Int32] = []
    /// The sentence's features with their values, in one buffer: a document of one sentence
    /// (most of BABE's) paid for each buffer's allocation.
    var features: [(index: Int, value: Double)] = []
    /// The sentence's words: their bytes stay in the token list's folded bytes.
    var words: [Word] = []

    /// Buffers large enough for a sentence of `tokens` tokens with a few hits: most documents
    /// hold one or two sentences, and growing each buffer from empty cost as much as filling it.
    init(tokens: Int) {
      terms.reserveCapacity(2 * tokens)
      features.reserveCapacity(2 * tokens + 32)
      words.reserveCapacity(tokens)
    }

    mutating func clear() {
      terms.removeAll(keepingCapacity: true)
      features.removeAll(keepingCapacity: true)
      words.removeAll(keepingCapacity: true)
    }
  }

  /// Each label's probability for `sentence`, whose tokens are in `tokens`, in the model's order.
  private func probabilities(for sentence: ScoredSentence, tokens: TokenList, scratch: inout Scratch) -> [LabelProbability] {
    scratch.clear()
    // The closures below take these fields, not `self`: capturing `self` copied the whole model,
    // some twenty references counted up and down twice a sentence on tables both workers share.
    let wordTable = self.words, signals = self.signals, rows = self.rows, indices = self.indices, categories = self.categories
    let labels = self.labels, intercepts = self.intercepts, weights = self.weights, names = self.names
    let words: Int
    if hasTerms {
      // Each word is found by where its bytes are in the folded bytes, not copied.
      words = tokens.folded.withUnsafeBufferPointer { folded in
        let words = SentenceFeatures.forEachWord(in: sentence.tokenRange, of: tokens) { bytes, followsWord in
          let tag = ByteTable.tag(of: bytes)
          let start = bytes.baseAddress.map { folded.baseAddress!.distance(to: $0) } ?? 0
          scratch.words.append(
            Scratch.Word(start: start, end: start + bytes.count, followsWord: followsWord, tag: tag, first: wordTable.firstSlot(tag)))
        }
        termFeatures(&scratch, folded: folded)
        return words
      }
      // A word or pair counts once however often it occurs.
      Self.sortSmall(&scratch.terms)
      var last: Int32 = -1
      for index in scratch.terms where index != last {
        scratch.features.append((Int(index), 1))
        last = index
      }
    } else {
      words = sentence.tokenRange.reduce(0) { $0 + (tokens.tokens[$1].kind == .word ? 1 : 0) }
    }
    SentenceFeatures.forEachSignal(of: sentence, wordCount: words) { signal, value in
      guard let index = signals[signal] else { return }
      scratch.features.append((index, value))
    }
    // Entries and categories may fire more than once: they count, so they add up.
    let counted = scratch.features.count
    func count(_ index: Int) {
      guard index >= 0 else { return }
      if let at = scratch.features[counted...].firstIndex(where: { $0.index == index }) {
        scratch.features[at].value += 1
      } else {
        scratch.features.append((index, 1))
      }
    }
    var latestRow = 0
    SentenceFeatures.forEachOwnVoiceHit(of: sentence) { hit in
      let (entry, category) = Self.features(of: hit.entry, rows: rows, indices: indices, categories: categories, latest: &latestRow)
      count(entry)
      count(category)
    }
    let count = labels.count
    return labels.indices.map { label in
      var logit = intercepts[label]
      // The strongest few, kept in order as they come: no array of every contribution. Names
      // are numbered in sorted order, so the lower number of a tie is the name first in order.
      var strongest = LabelProbability.Strongest()
      for (index, value) in scratch.features {
        let contribution = weights[index * count + label] * value
        logit += contribution
        if contribution > 0 { strongest.offer(Int32(index), contribution) }
      }
      return LabelProbability(label: labels[label], probability: LogisticModel.sigmoid(logit), names: names, strongest: strongest)
    }
  }

  /// The word and pair features of the words in `scratch`, whose bytes are in `folded`, appended to its `terms`: every word's
  /// slot was read as the words came, now each is confirmed, then the pairs are read the same way.
  private func termFeatures(_ scratch: inout Scratch, folded: UnsafeBufferPointer<UInt8>) {
    let table = self.words
    scratch.words.withUnsafeMutableBufferPointer { words in
      for index in words.indices {
        let word = UnsafeBufferPointer(rebasing: folded[words[index].start..<words[index].end])
        words[index].number = table.number(word, tag: words[index].tag, first: words[index].first) ?? -1
      }
    }
    for index in scratch.words.indices where scratch.words[index].number >= 0 {
      let word = scratch.words[index]
      let number = Int(word.number)
      if wordFeatures[number] >= 0 { scratch.terms.append(wordFeatures[number]) }
      guard word.followsWord else { continue }
      let previous = scratch.words[index - 1].number
      if previous >= 0 && startsPair[Int(previous)] {
        scratch.words[index].pair = pairs.firstSlot(first: previous, second: word.number)
      }
    }
    for index in scratch.words.indices where scratch.words[index].pair.index >= 0 {
      let first = scratch.words[index - 1].number, second = scratch.words[index].number
      if let feature = pairs.value(first: first, second: second, start: scratch.words[index].pair) { scratch.terms.append(feature) }
    }
  }

  /// Sorts a sentence's term features in place, a few dozen by insertion: the standard sort's
  /// setup cost more than the sorting on so few; a long run-on sentence gets the standard sort.
  private static func sortSmall(_ numbers: inout [Int32]) {
    guard numbers.count <= 64 else { return numbers.sort() }
    numbers.withUnsafeMutableBufferPointer { buffer in
      guard buffer.count > 1 else { return }
      for index in 1..<buffer.count {
        let number = buffer[index]
        var place = index
        while place > 0 && buffer[place - 1] > number {
          buffer[place] = buffer[place - 1]
          place -= 1
        }
        buffer[place] = number
      }
    }
  }

  /// The entry and category features of `entry` (-1: none): by its row when it is one of the
  /// matcher's own entries, which costs no hash of its strings. `latest` is the table found
  /// last, looked at first: a sentence's hits mostly come from one or two of some thirty tables.
  private static func features(
    of entry: LexiconEntry, rows: [EntryTableFeatures], indices: [String: Int], categories: [String: Int], latest: inout Int
  ) -> (entry: Int, category: Int) {
    let table = ObjectIdentifier(entry.table)
    if latest < rows.count, rows[latest].table == table { return (Int(rows[latest].entries[entry.row]), Int(rows[latest].categories[entry.row])) }
    for (index, known) in rows.enumerated() where known.table == table {
      latest = index
      return (Int(known.entries[entry.row]), Int(known.categories[entry.row]))
    }
    return (indices[FeatureName.entry(entry)] ?? -1, categories[entry.category] ?? -1)
  }
}

/// The words of a model being compiled, numbered as they are first met.
private struct Vocabulary {
  var words: [[UInt8]] = []
  var numbers: [[UInt8]: Int32] = [:]
  var features: [Int32] = []
  var startsPair: [Bool] = []

  mutating func number<Bytes: Collection<UInt8>>(of bytes: Bytes, startsPair starts: Bool) -> Int32 {
    let word = Array(bytes)
    let number =
      numbers[word]
      ?? {
        let number = Int32(words.count)
        numbers[word] = number
        words.append(word)
        features.append(-1)
        startsPair.append(false)
        return number
      }()
    if starts { startsPair[Int(number)] = true }
    return number
  }

  mutating func setFeature<Bytes: Collection<UInt8>>(_ feature: Int32, of bytes: Bytes) {
    features[Int(number(of: bytes, startsPair: false))] = feature
  }
}

/// The entry and category features of every row of one of the matcher's entry tables.
private struct EntryTableFeatures: Sendable {
  let table: ObjectIdentifier
  var entries: [Int32]
  var categories: [Int32]

  /// An entry's feature name is made and looked up only when some feature of the model starts
  /// with its category's prefix: making the name of each of the 7,200 default entries, for a
  /// model without entry features, cost 19 M instructions at every start, 15% of scoring one
  /// article (callgrind).
  static func all(for matcherEntries: [LexiconEntry], indices: [String: Int], categories: [String: Int]) -> [EntryTableFeatures] {
    var tables: [EntryTableFeatures] = []
    let entryNames = indices.keys.filter { $0.hasPrefix("entry:") }
    var categoriesWithEntries: [String: Bool] = [:]
    func hasEntryFeatures(_ category: String) -> Bool {
      if let known = categoriesWithEntries[category] { return known }
      let prefix = FeatureName.entryPrefix(category: category)
      let found = entryNames.contains { $0.hasPrefix(prefix) }
      categoriesWithEntries[category] = found
      return found
    }
    for entry in matcherEntries {
      let table = ObjectIdentifier(entry.table)
      let at =
        tables.firstIndex { $0.table == table }
        ?? {
          let rows = entry.table.rows.count
          tables.append(EntryTableFeatures(table: table, entries: Array(repeating: -1, count: rows), categories: Array(repeating: -1, count: rows)))
          return tables.count - 1
        }()
      let category = entry.category
      tables[at].entries[entry.row] = hasEntryFeatures(category) ? Int32(indices[FeatureName.entry(entry)] ?? -1) : -1
      tables[at].categories[entry.row] = Int32(categories[category] ?? -1)
    }
    return tables
  }
}
