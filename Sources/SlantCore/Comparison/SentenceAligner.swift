/// Pairs sentences of different outlets that report the same fact, by the TF-IDF cosine of
/// their content words, one to one per pair of outlets (greedily, most similar first); a pair
/// must share a content word beyond names and titles. Sentences linked by pairs are one fact,
/// and the facts one group tells and another never does are that group's omissions.
public struct SentenceAligner: Sendable {
  /// The cosine a pair needs. Measured on the same-story pairs written for the tests
  /// (`SentenceAlignerTests`): 7 pairs stating one fact in other words scored 0.37 to 0.65;
  /// 11 pairs stating different facts scored 0 to 0.34, but for one at 0.48 that shares a
  /// speaker's full name and title. 0.35 keeps every same-fact pair; lower lets in sentences
  /// that merely share the story's names (`Harbour Road maternity ward`: 0.34), and one-to-one
  /// matching gives a sentence to its most similar partner before such near misses. A shared
  /// speaker can still outweigh a shared fact in other words (the 0.48 pair beats 0.40).
  public static let defaultThreshold = 0.35

  public var threshold: Double

  public init(threshold: Double = Self.defaultThreshold) { self.threshold = threshold }

  /// The alignment of `sentences`, which may come from any number of outlets and documents.
  /// - Complexity: about the sum over sentences of their terms' posting lengths, not all pairs.
  public func align(_ sentences: [AlignmentSentence]) -> SentenceAlignment {
    let index = TFIDFIndex(items: sentences.map(\.words))
    let outletNames = Set(sentences.map(\.outlet)).sorted()
    let numbers = Dictionary(uniqueKeysWithValues: outletNames.enumerated().map { ($1, $0) })
    let outlets = sentences.map { numbers[$0.outlet]! }
    let names = NameWords(sentences)
    var candidates: [(left: Int, right: Int, similarity: Double)] = []
    for item in sentences.indices {
      for neighbour in index.neighbours(of: item, minimum: threshold, where: { outlets[$0] > outlets[item] })
      where names.shareMoreThanNames(sentences[item], sentences[neighbour.item]) {
        candidates.append((item, neighbour.item, neighbour.similarity))
      }
    }
    candidates.sort { ($0.similarity, $1.left, $1.right) > ($1.similarity, $0.left, $0.right) }
    /// A sentence and another outlet it already has its partner in.
    struct Partnered: Hashable {
      var sentence: Int
      var outlet: Int
    }
    var partnered = Set<Partnered>(), matched = Set<Int>()
    var pairs: [AlignedPair] = [], facts = FactClusters(count: sentences.count)
    for candidate in candidates {
      let left = Partnered(sentence: candidate.left, outlet: outlets[candidate.right])
      let right = Partnered(sentence: candidate.right, outlet: outlets[candidate.left])
      guard !partnered.contains(left), !partnered.contains(right) else { continue }
      partnered.formUnion([left, right])
      matched.formUnion([candidate.left, candidate.right])
      facts.join(candidate.left, candidate.right)
      pairs.append(Self.pair(sentences[candidate.left], sentences[candidate.right], similarity: candidate.similarity))
    }
    pairs.sort { ($0.left.outlet, $0.right.outlet, $0.left.document, $0.left.index) < ($1.left.outlet, $1.right.outlet, $1.left.document, $1.left.index) }
    let alone = Dictionary(grouping: sentences.indices.filter { !matched.contains($0) }.map { sentences[$0] }, by: \.outlet)
    let unmatched = outletNames.map { OutletSentences(outlet: $0, sentences: alone[$0] ?? []) }
    return SentenceAlignment(threshold: threshold, pairs: pairs, unmatched: unmatched, groupOmissions: facts.omissions(sentences))
  }

  private static func pair(_ left: AlignmentSentence, _ right: AlignmentSentence, similarity: Double) -> AlignedPair {
    let leftWords = Set(left.words), rightWords = Set(right.words)
    func only(_ words: [String], notIn other: Set<String>) -> [String] {
      var seen = Set<String>()
      return words.filter { !other.contains($0) && seen.insert($0).inserted }
    }
    func onlyLoaded(_ loaded: [LoadedWord], notIn other: AlignmentSentence) -> [LoadedWord] {
      let otherTexts = Set(other.loaded.map(\.text))
      var seen = Set<LoadedWord>()
      return loaded.filter { !otherTexts.contains($0.text) && seen.insert($0).inserted }
    }
    return AlignedPair(
      left: left, right: right, similarity: similarity, leftOnlyWords: only(left.words, notIn: rightWords),
      rightOnlyWords: only(right.words, notIn: leftWords), leftOnlyLoaded: onlyLoaded(left.loaded, notIn: right),
      rightOnlyLoaded: onlyLoaded(right.loaded, notIn: left))
  }
}
