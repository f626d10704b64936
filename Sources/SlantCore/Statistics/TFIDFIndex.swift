import Foundation

/// TF-IDF vectors of short texts (sentences, as lists of content words) with an inverted index
/// over terms, so that the texts similar to one are found by walking the postings of its own
/// terms rather than comparing every pair.
///
/// Weights: raw term count times the smoothed inverse document frequency
/// `ln((1 + N) / (1 + df)) + 1`; each vector is scaled to unit length, so that a dot product is
/// the cosine.
public struct TFIDFIndex: Sendable {
  /// Each item's terms as (term number, weight), unit length, sorted by term number.
  private var vectors: [[(term: Int, weight: Double)]] = []
  /// For each term number, the items holding it with its weight there.
  private var postings: [[(item: Int, weight: Double)]] = []

  /// Indexes `items`, each a list of terms (repeats count), each item standing for
  /// `multiplicities[item]` identical texts (1 each by default) in the document frequencies: an
  /// item's vector is then the one each of its copies would have, indexed once.
  public init(items: [[String]], multiplicities: [Int]? = nil) {
    var numbers: [String: Int] = [:]
    var counted: [[Int: Int]] = []
    counted.reserveCapacity(items.count)
    var documentFrequency: [Int] = []
    for terms in items {
      var counts: [Int: Int] = [:]
      for term in terms {
        let number = numbers[term] ?? {
          numbers[term] = documentFrequency.count
          documentFrequency.append(0)
          return documentFrequency.count - 1
        }()
        counts[number, default: 0] += 1
      }
      let copies = multiplicities?[counted.count] ?? 1
      for number in counts.keys { documentFrequency[number] += copies }
      counted.append(counts)
    }
    let n = Double(multiplicities?.reduce(0, +) ?? items.count)
    postings = Array(repeating: [], count: documentFrequency.count)
    vectors.reserveCapacity(items.count)
    for (item, counts) in counted.enumerated() {
      var vector = counts.map { term, count in (term: term, weight: Double(count) * (log((1 + n) / (1 + Double(documentFrequency[term]))) + 1)) }
      vector.sort { $0.term < $1.term }  // before summing, so that rounding is the same on every run
      let length = vector.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
      if length > 0 { vector = vector.map { ($0.term, $0.weight / length) } }
      for entry in vector { postings[entry.term].append((item, entry.weight)) }
      vectors.append(vector)
    }
  }

  public var count: Int { vectors.count }

  /// The cosine similarity of items `a` and `b`, 0 to 1.
  public func cosine(_ a: Int, _ b: Int) -> Double {
    let x = vectors[a], y = vectors[b]
    var i = 0, j = 0, sum = 0.0
    while i < x.count && j < y.count {
      if x[i].term == y[j].term {
        sum += x[i].weight * y[j].weight
        i += 1
        j += 1
      } else if x[i].term < y[j].term {
        i += 1
      } else {
        j += 1
      }
    }
    return min(1, sum)
  }

  /// The items for which `isCandidate` holds whose cosine with `item` is at least `minimum`,
  /// most similar first (ties by item). Candidates are the items sharing a term with `item`
  /// whose posting list holds at most `maxPostings` items: a cap bounds the work for a term that
  /// nearly every text has, and such a term alone says little about which texts are alike.
  /// - Complexity: the sum of the capped posting lengths of `item`'s terms.
  public func neighbours(
    of item: Int, minimum: Double, maxPostings: Int = .max, where isCandidate: (Int) -> Bool
  ) -> [(item: Int, similarity: Double)] {
    var candidates = Set<Int>()
    for entry in vectors[item] where postings[entry.term].count <= maxPostings {
      for posting in postings[entry.term] where posting.item != item && isCandidate(posting.item) { candidates.insert(posting.item) }
    }
    return candidates.map { (item: $0, similarity: cosine(item, $0)) }.filter { $0.similarity >= minimum }
      .sorted { ($0.similarity, $1.item) > ($1.similarity, $0.item) }
  }
}
