import Foundation

/// The features a sentence model weighs, read off one scored sentence. Learning and scoring both
/// read them here, so a model always sees at scoring time what it was taught with.
///
/// Four kinds, each named by a prefix in the model file:
/// - `signal:` the scorer's own evidence: its support label, the summed weights of hits in the
///   outlet's own voice and in quotations by family, negated and scare-quoted hits, insinuating
///   questions, and length;
/// - `entry:` and `category:` how often each lexicon entry and category fired in the outlet's voice;
/// - `word:` and `pair:` the sentence's words and pairs of adjacent words, present or not.
public enum SentenceFeatures {
  /// The families whose hits count as evidence, in a fixed order.
  static let evidenceFamilies: [CategoryFamily] = [.loaded, .labels, .intensity, .hedges, .verbs, .attribution]

  /// Calls `visit` with each fixed-name feature of `sentence` and its value; zero values are skipped.
  static func forEachSignal(of sentence: ScoredSentence, wordCount: Int, _ visit: (SignalFeature, Double) -> Void) {
    visit(.support(sentence.label), 1)
    // Sums on the stack: two arrays per sentence cost more than the sums (perf).
    let families = evidenceFamilies.count
    withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * families) { sums in
      sums.initialize(repeating: 0)
      var negated = 0.0
      for hit in sentence.hits {
        guard let family = evidenceFamilies.firstIndex(of: hit.family) else { continue }
        if hit.modifiers.contains(.quoted) && !hit.modifiers.contains(.scareQuoted) {
          sums[families + family] += hit.entry.weight
        } else if hit.modifiers.contains(.negated) {
          negated += hit.entry.weight
        } else {
          sums[family] += hit.entry.weight
        }
      }
      for (index, family) in evidenceFamilies.enumerated() {
        if sums[index] > 0 { visit(.ownVoice(family), sums[index]) }
        if sums[families + index] > 0 { visit(.quoted(family), sums[families + index]) }
      }
      if negated > 0 { visit(.negated, negated) }
    }
    if sentence.quotations.contains(where: \.isScareQuote) { visit(.scareQuote, 1) }
    if !sentence.questionCueUTF8Ranges.isEmpty { visit(.insinuation, 1) }
    visit(.length, SignalFeature.lengthValue(wordCount: wordCount))
  }

  /// Calls `visit` with each hit of `sentence` in the outlet's own voice that a model may weigh
  /// as `entry:` and `category:` features (every family but negators and foreign categories).
  static func forEachOwnVoiceHit(of sentence: ScoredSentence, _ visit: (Hit) -> Void) {
    for hit in sentence.hits where hit.family != .negators && hit.family != .other {
      if hit.modifiers.contains(.quoted) && !hit.modifiers.contains(.scareQuoted) { continue }
      visit(hit)
    }
  }

  /// Calls `visit` with the folded bytes of each word of the sentence and whether it follows
  /// another word directly, which makes the two a pair. Numbers, URLs and punctuation are not
  /// words, and a pair never spans punctuation. Returns the number of words.
  @discardableResult
  static func forEachWord(
    in tokenRange: Range<Int>, of tokens: TokenList, _ visit: (UnsafeBufferPointer<UInt8>, _ followsWord: Bool) -> Void
  ) -> Int {
    var words = 0
    var followsWord = false
    tokens.tokens.withUnsafeBufferPointer { list in
      tokens.folded.withUnsafeBufferPointer { folded in
        for index in tokenRange {
          let token = list[index]
          guard token.kind == .word else {
            followsWord = false
            continue
          }
          words += 1
          visit(UnsafeBufferPointer(rebasing: folded[token.foldedRange]), followsWord)
          followsWord = true
        }
      }
    }
    return words
  }

  /// Calls `visit` with the folded bytes of each word of the sentence (`isPair` false) and of each
  /// pair of adjacent words joined by one space (`isPair` true), as `forEachWord` finds them.
  /// Returns the number of words.
  @discardableResult
  static func forEachTerm(in tokenRange: Range<Int>, of tokens: TokenList, _ visit: (UnsafeBufferPointer<UInt8>, _ isPair: Bool) -> Void) -> Int {
    var pair: [UInt8] = [], previous: [UInt8] = []
    return forEachWord(in: tokenRange, of: tokens) { word, followsWord in
      visit(word, false)
      if followsWord {
        pair.removeAll(keepingCapacity: true)
        pair.append(contentsOf: previous)
        pair.append(UInt8(ascii: " "))
        pair.append(contentsOf: word)
        pair.withUnsafeBufferPointer { visit($0, true) }
      }
      previous.removeAll(keepingCapacity: true)
      previous.append(contentsOf: word)
    }
  }

  /// Every feature of `sentence` by name with its value, words and pairs counted once: how
  /// learning sees a sentence.
  public static func named(_ sentence: ScoredSentence, tokens: TokenList) -> [String: Double] {
    var features: [String: Double] = [:]
    let words = forEachTerm(in: sentence.tokenRange, of: tokens) { bytes, isPair in
      features[FeatureName.term(String(decoding: bytes, as: UTF8.self), isPair: isPair)] = 1
    }
    forEachSignal(of: sentence, wordCount: words) { signal, value in features[signal.name] = value }
    forEachOwnVoiceHit(of: sentence) { hit in
      features[FeatureName.entry(hit.entry), default: 0] += 1
      features[FeatureName.category(hit.category), default: 0] += 1
    }
    return features
  }
}

/// A feature with a fixed name, read off the scorer's findings rather than the words.
enum SignalFeature: Hashable {
  case support(SupportLabel)
  case ownVoice(CategoryFamily)
  case quoted(CategoryFamily)
  case negated
  case scareQuote
  /// An insinuating question in the outlet's own voice (`InsinuatingQuestion`).
  case insinuation
  case length

  var name: String {
    switch self {
    case .support(let label): "signal:support.\(label.rawValue)"
    case .ownVoice(let family): "signal:own.\(family.rawValue)"
    case .quoted(let family): "signal:quoted.\(family.rawValue)"
    case .negated: "signal:negated"
    case .scareQuote: "signal:scare-quote"
    case .insinuation: "signal:insinuation"
    case .length: "signal:length"
    }
  }

  /// Length enters as log2 of the word count over 16, so that a typical news sentence is near 0
  /// and doubling its length adds one, held between 8 and 64 words: labelled news has few
  /// sentences outside them (on BABE the 5th and 99th percentiles are 10 and 59 words), and past
  /// them a fitted slope only extrapolates (a one-word line read 0.95 loaded on length alone).
  static func lengthValue(wordCount: Int) -> Double { log2(Double(min(max(wordCount, 8), 64)) / 16) }
}

/// How features are named in a model file.
enum FeatureName {
  static func term(_ folded: String, isPair: Bool) -> String { (isPair ? "pair:" : "word:") + folded }
  static func entry(_ entry: LexiconEntry) -> String { entryPrefix(category: entry.category) + entry.term }
  /// What the names of the entry features of `category` start with.
  static func entryPrefix(category: String) -> String { "entry:\(category):" }
  static func category(_ category: String) -> String { "category:\(category)" }
}

extension SignalFeature {
  /// Every signal a sentence can have.
  static let all: [SignalFeature] =
    SupportLabel.allCases.map { .support($0) } + SentenceFeatures.evidenceFamilies.flatMap { [.ownVoice($0), .quoted($0)] }
    + [.negated, .scareQuote, .insinuation, .length]
}
