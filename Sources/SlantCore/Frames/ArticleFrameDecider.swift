/// Decides an article's primary frame from its sentences' frame distributions, weighting the
/// headline and the lead as coders do: they read the headline and the first paragraph first
/// and code what the article leads with, reading the rest for confirmation.
public struct ArticleFrameDecider: Sendable {
  public var sentences: SentenceFrameDecider
  /// How much the headline counts against a sentence of the body.
  public var headlineWeight: Double
  /// How much each of the first `leadSentences` of the body counts.
  public var leadWeight: Double
  public var leadSentences: Int
  /// The runner-up is given when its share is at least this fraction of the primary frame's.
  public var closeRatio: Double

  public init(
    sentences: SentenceFrameDecider = SentenceFrameDecider(), headlineWeight: Double = 3, leadWeight: Double = 2, leadSentences: Int = 3,
    closeRatio: Double = 0.75
  ) {
    self.sentences = sentences
    self.headlineWeight = headlineWeight
    self.leadWeight = leadWeight
    self.leadSentences = leadSentences
    self.closeRatio = closeRatio
  }

  /// The frame of `scored`: each unit adds its frame probabilities times its weight; the
  /// article's probability of a frame is that frame's share of the sum.
  public func frame(of scored: ScoredDocument) -> ArticleFrame {
    // A list, not a dictionary: an article has few frames, and hashing a name per sentence and
    // frame was a good part of the comparison's tally.
    var sums: [(key: String, value: Double)] = []
    func add(_ sentence: ScoredSentence, weight: Double) {
      for choice in sentences.distribution(hits: sentence.hits, probabilities: sentence.probabilities) {
        if let index = sums.firstIndex(where: { $0.key == choice.category }) {
          sums[index].value += weight * choice.probability
        } else {
          sums.append((choice.category, weight * choice.probability))
        }
      }
    }
    if let headline = scored.headline { add(headline.scored, weight: headlineWeight) }
    for (position, sentence) in scored.sentences.enumerated() { add(sentence, weight: position < leadSentences ? leadWeight : 1) }
    // Added in name order, so that the total's last bits (and, at a rounding edge, a printed
    // probability) do not depend on the order the frames came in.
    let total = sums.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value }
    guard total > 0 else { return ArticleFrame(primary: nil) }
    let ranked = sums.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { FrameChoice(category: $0.key, probability: $0.value / total) }
    let runnerUp = ranked.count > 1 && ranked[1].probability >= closeRatio * ranked[0].probability ? ranked[1] : nil
    return ArticleFrame(primary: ranked[0], runnerUp: runnerUp)
  }
}
