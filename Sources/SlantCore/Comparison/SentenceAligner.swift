import Dispatch
import Foundation

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

  /// A term in more than this share of the distinct sentences (and more than
  /// `minimumPostingCap` of them) does not make two sentences candidates on its own: it is the
  /// story's vocabulary, and looking it up for every sentence made alignment quadratic.
  public static let commonTermShare = 0.05
  public static let minimumPostingCap = 200

  /// The alignment of `sentences`, which may come from any number of outlets and documents.
  ///
  /// Sentences with the same content words (a wire story reprinted, a boilerplate line) are
  /// one form, indexed once and compared once; the pairs of two forms are then made outlet pair
  /// by outlet pair, in text order, as one-to-one matching of their copies would make them.
  /// - Complexity: about the sum over distinct sentences of their terms' capped posting lengths,
  ///   plus the pairs made; not all pairs of sentences.
  public func align(_ sentences: [AlignmentSentence]) -> SentenceAlignment {
    let outletNames = Set(sentences.map(\.outlet)).sorted()
    let numbers = Dictionary(uniqueKeysWithValues: outletNames.enumerated().map { ($1, $0) })
    let outlets = sentences.map { numbers[$0.outlet]! }
    let forms = SentenceForms(sentences, outlets: outlets)
    let index = TFIDFIndex(items: forms.members.map { sentences[$0[0]].words }, multiplicities: forms.members.map(\.count))
    let cap = max(Self.minimumPostingCap, Int(Double(forms.count) * Self.commonTermShare))
    let names = NameWords(sentences)
    // Each form's candidates need only the index and the names: they are found on all cores, a
    // slice of forms at a time, and put together in form order, as one loop over the forms
    // would list them. Found on one core, they were most of an alignment's time.
    let slices = min(forms.count, 4 * ProcessInfo.processInfo.activeProcessorCount), threshold = threshold
    var found = [[Candidate]](repeating: [], count: slices)
    found.withUnsafeMutableBufferPointer { buffer in
      // Each slice writes only its own list.
      nonisolated(unsafe) let lists = buffer
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        var candidates: [Candidate] = []
        for form in slice * forms.count / slices..<(slice + 1) * forms.count / slices {
          let first = forms.members[form][0]
          if forms.outlets[form].count > 1, names.shareMoreThanNames(sentences[first], sentences[first]) {
            candidates.append(Candidate(forms: (form, form), similarity: index.cosine(form, form), order: (first, first)))
          }
          let isAlone = forms.members[form].count == 1
          for neighbour in index.neighbours(of: form, minimum: threshold, maxPostings: cap, where: { other in
            // A form met from both sides is kept once; two single sentences of one outlet never pair.
            other > form && !(isAlone && forms.members[other].count == 1 && outlets[forms.members[other][0]] == outlets[first])
          })
          where names.shareMoreThanNames(sentences[first], sentences[forms.members[neighbour.item][0]]) {
            let other = forms.members[neighbour.item][0]
            let order = outlets[first] < outlets[other] ? (first, other) : (other, first)
            candidates.append(Candidate(forms: (form, neighbour.item), similarity: neighbour.similarity, order: order))
          }
        }
        lists[slice] = candidates
      }
    }
    var candidates = found.flatMap { $0 }
    candidates.sort { ($0.similarity, $1.order.0, $1.order.1) > ($1.similarity, $0.order.0, $0.order.1) }
    var matcher = OneToOneMatcher(sentences: sentences.count)
    for candidate in candidates {
      let (left, right) = candidate.forms
      for (from, to) in left == right ? [(left, left)] : [(left, right), (right, left)] {
        for (leftOutlet, lefts) in forms.outlets[from] {
          for (rightOutlet, rights) in forms.outlets[to] where rightOutlet > leftOutlet {
            matcher.match(lefts, leftOutlet, with: rights, rightOutlet, similarity: candidate.similarity)
          }
        }
      }
    }
    var facts = FactClusters(count: sentences.count)
    for (left, right, _) in matcher.pairs { facts.join(left, right) }
    // The words each side of a pair has alone, on all cores, each pair in its own slot.
    let matched = matcher.pairs
    var made = [AlignedPair?](repeating: nil, count: matched.count)
    made.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let slots = buffer
      let slices = min(matched.count, 4 * ProcessInfo.processInfo.activeProcessorCount)
      DispatchQueue.concurrentPerform(iterations: slices) { slice in
        for index in slice * matched.count / slices..<(slice + 1) * matched.count / slices {
          let (left, right, similarity) = matched[index]
          slots[index] = Self.pair(sentences[left], sentences[right], similarity: similarity)
        }
      }
    }
    var pairs = made.map { $0! }
    // The keys made once per pair: comparing documents builds their names, and a sort of tens of
    // thousands of pairs compared them a million times.
    let keys = pairs.map { ($0.left.outlet, $0.right.outlet, $0.left.document.description, $0.left.index) }
    pairs = pairs.indices.sorted { keys[$0] < keys[$1] }.map { pairs[$0] }
    let alone = Dictionary(grouping: sentences.indices.filter { !matcher.matched.contains($0) }.map { sentences[$0] }, by: \.outlet)
    let unmatched = outletNames.map { OutletSentences(outlet: $0, sentences: alone[$0] ?? []) }
    return SentenceAlignment(threshold: threshold, pairs: pairs, unmatched: unmatched, groupOmissions: facts.omissions(sentences))
  }

  /// Two forms (or one form with itself) and their cosine, with the sentences that order them.
  private struct Candidate: Sendable {
    var forms: (Int, Int)
    var similarity: Double
    var order: (Int, Int)
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
