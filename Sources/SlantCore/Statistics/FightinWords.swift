import Foundation

/// The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008,
/// "Fightin' Words", eq. 16-22): for each term, how much more one group uses it than the rest,
/// shrunk towards the corpus-wide rate so that rare words do not top the list by chance, with a
/// z-score from the approximate variance `1/(y_i + a_w) + 1/(y_j + a_w)`.
public struct FightinWords: Sendable {
  /// The prior's total pseudo-count `a_0`, spread over terms by their corpus-wide frequency:
  /// 100 damps words seen once or twice and is small beside any real corpus.
  public var priorStrength: Double

  public init(priorStrength: Double = 100) { self.priorStrength = priorStrength }

  /// Every term of `group` or `rest` scored for the group against the rest, highest z first
  /// (ties by term, so that output is stable).
  public func terms(group: [String: Int], rest: [String: Int]) -> [DistinguishingTerm] {
    let groupTotal = Double(group.values.reduce(0, +)), restTotal = Double(rest.values.reduce(0, +))
    let corpusTotal = groupTotal + restTotal
    guard corpusTotal > 0 else { return [] }
    var terms: [DistinguishingTerm] = []
    for term in Set(group.keys).union(rest.keys) {
      let inGroup = group[term] ?? 0, inRest = rest[term] ?? 0
      let prior = priorStrength * Double(inGroup + inRest) / corpusTotal
      let yi = Double(inGroup) + prior, yj = Double(inRest) + prior
      let groupOthers = groupTotal + priorStrength - yi, restOthers = restTotal + priorStrength - yj
      guard groupOthers > 0, restOthers > 0 else { continue }
      let logOdds = log(yi / groupOthers) - log(yj / restOthers)
      let z = logOdds / (1 / yi + 1 / yj).squareRoot()
      terms.append(DistinguishingTerm(term: term, count: inGroup, restCount: inRest, logOdds: logOdds, z: z))
    }
    return terms.sorted { ($0.z, $1.term) > ($1.z, $0.term) }
  }
}
