/// Decides a sentence's primary frame from the frame hits the matcher already found, weighted:
/// each hit counts its entry's weight (topic words that every article on a story shares weigh
/// 0.5, evaluative framing cues such as *burden on taxpayers* 2 or more), half as much inside a
/// quotation that is an aside (in a source's words, not the sentence's own framing; a quotation
/// that is most of the sentence is what it reports, and counts in full), half as much in a
/// leading clause (*Although …,* *With …,*: the setting, not what the main clause says), and less
/// each time the same entry fires again. Coders read a sentence in its paragraph, so each
/// neighbouring sentence's frame weights add a quarter of theirs: a sentence with weak or no cues
/// of its own takes the frame of the sentences around it. The frame with the most weight wins;
/// its probability is its weight against all frames' and a fixed mass for "no frame", so that one
/// weak topic word gives a low probability and several strong cues a high one.
///
/// When the scorer's model has learned frame labels from people, their probabilities decide.
public struct SentenceFrameDecider: Sendable {
  /// The weight that stands for "no frame" in the probability.
  public var noFrameWeight: Double
  /// What a hit inside quotation marks counts, against 1 for one in the sentence's own words.
  public var quotedFactor: Double
  /// What a hit in a leading clause (`LeadingClause`) counts, against 1 in the main clause.
  public var subordinateFactor: Double
  /// What each neighbouring sentence's frame weights add, against 1 for the sentence's own.
  public var neighbourWeight: Double
  /// A sentence whose best frame weighs less than this has no primary frame.
  public var minimumWeight: Double
  /// A learned frame probability below this leaves the sentence without a primary frame.
  public var minimumProbability: Double

  public init(
    noFrameWeight: Double = 1, quotedFactor: Double = 0.5, subordinateFactor: Double = 0.5, neighbourWeight: Double = 0.25,
    minimumWeight: Double = 0.25, minimumProbability: Double = 0.15
  ) {
    self.noFrameWeight = noFrameWeight
    self.quotedFactor = quotedFactor
    self.subordinateFactor = subordinateFactor
    self.neighbourWeight = neighbourWeight
    self.minimumWeight = minimumWeight
    self.minimumProbability = minimumProbability
  }

  /// The primary frame of a sentence with these hits and model probabilities, or nil.
  public func choice(hits: [Hit], probabilities: [LabelProbability] = []) -> FrameChoice? {
    if probabilities.count(where: { $0.label.hasPrefix(FrameChoice.prefix) }) >= 2 { return learnedChoice(probabilities) }
    let weights = frameWeights(hits)
    guard let best = weights.first, best.weight >= minimumWeight else { return nil }
    return FrameChoice(category: best.category, probability: best.weight / (noFrameWeight + weights.reduce(0) { $0 + $1.weight }))
  }

  /// A sentence's own frame weights: what its neighbours add to, and what they take from it.
  /// The leading clause and the quotations are looked at only when the sentence has frame hits.
  func tally(of sentence: ScoredSentence, tokens: TokenList) -> FrameTally {
    guard sentence.hits.contains(where: { $0.family == .frames }) else { return FrameTally(weights: []) }
    return FrameTally(
      weights: tally(
        sentence.hits, leadingClauseEnd: LeadingClause.end(of: sentence.tokenRange, in: tokens), quotationIsTheSentence: Self.isMostlyQuoted(sentence)))
  }

  /// The primary frame of each sentence of a document, in order, from each one's own tally and a
  /// `neighbourWeight` share of the sentences before and after it.
  func choices(from tallies: [FrameTally]) -> [FrameChoice?] {
    // One working list for every sentence, and none of it for a sentence with no frame weight
    // around it: copying, growing and sorting a list per sentence was 3% of scoring (perf).
    var choices: [FrameChoice?] = []
    choices.reserveCapacity(tallies.count)
    var combined: [(category: String, weight: Double, strongest: Double)] = []
    for index in tallies.indices {
      let before = index > 0 ? tallies[index - 1].weights : [], after = index + 1 < tallies.count ? tallies[index + 1].weights : []
      guard !(tallies[index].weights.isEmpty && before.isEmpty && after.isEmpty) else {
        choices.append(nil)
        continue
      }
      combined.removeAll(keepingCapacity: true)
      combined.append(contentsOf: tallies[index].weights)
      add(before, to: &combined)
      add(after, to: &combined)
      Self.rank(&combined)
      guard let best = combined.first, best.weight >= minimumWeight else {
        choices.append(nil)
        continue
      }
      choices.append(
        FrameChoice(
          category: best.category, probability: best.weight / (noFrameWeight + combined.reduce(0) { $0 + $1.weight }),
          basis: best.strongest > 0 ? .cues : .neighbours))
    }
    return choices
  }

  /// Adds a `neighbourWeight` share of a neighbour's weights to `combined`. A neighbour's cue is
  /// no cue of this sentence's: it adds weight, never strength.
  private func add(_ neighbour: [(category: String, weight: Double, strongest: Double)], to combined: inout [(category: String, weight: Double, strongest: Double)]) {
    for item in neighbour {
      if let at = combined.firstIndex(where: { $0.category == item.category }) {
        combined[at].weight += neighbourWeight * item.weight
      } else {
        combined.append((item.category, neighbourWeight * item.weight, 0))
      }
    }
  }

  /// Each frame's probability of being the sentence's primary frame, "no frame" taking the rest:
  /// what an article's frame adds up over its sentences.
  public func distribution(hits: [Hit], probabilities: [LabelProbability] = []) -> [FrameChoice] {
    let learned = probabilities.filter { $0.label.hasPrefix(FrameChoice.prefix) }
    if learned.count >= 2 {
      let total = max(1, learned.reduce(0) { $0 + $1.probability })
      return learned.map { FrameChoice(category: $0.label, probability: $0.probability / total) }
    }
    let weights = frameWeights(hits)
    let total = noFrameWeight + weights.reduce(0) { $0 + $1.weight }
    return weights.map { FrameChoice(category: $0.category, probability: $0.weight / total) }
  }

  /// The frames with hits and their weights, heaviest first; ties go to the frame whose
  /// strongest cue weighs more, then to the one named first.
  public func frameWeights(_ hits: [Hit]) -> [(category: String, weight: Double)] {
    Self.ranked(tally(hits, leadingClauseEnd: nil)).map { ($0.category, $0.weight) }
  }

  /// Whether quotations cover more than half of the sentence: then the quotation is what the
  /// sentence reports, not an aside, and its cues count in full.
  static func isMostlyQuoted(_ sentence: ScoredSentence) -> Bool {
    let range = sentence.sentence.utf8Range
    let quoted = sentence.quotations.reduce(0) { $0 + $1.utf8Range.clamped(to: range).count }
    return 2 * quoted > range.count
  }

  /// The frames with hits, their weights and their strongest cue's, in no order; hits before
  /// the token `leadingClauseEnd` count `subordinateFactor`, quoted ones `quotedFactor` unless
  /// `quotationIsTheSentence`.
  func tally(
    _ hits: [Hit], leadingClauseEnd: Int?, quotationIsTheSentence: Bool = false
  ) -> [(category: String, weight: Double, strongest: Double)] {
    guard hits.contains(where: { $0.family == .frames }) else { return [] }
    // Categories are told apart by their table and index, not by name, until the end: few frame
    // hits per sentence, so lists scanned by identity beat hashing or comparing strings.
    var groups: [(table: ObjectIdentifier, category: Int, entry: LexiconEntry, weight: Double, strongest: Double)] = []
    var seen: [(table: ObjectIdentifier, row: Int)] = []
    // Room for every hit at once: growing these lists hit by hit was a fifth of the weighing.
    groups.reserveCapacity(hits.count)
    seen.reserveCapacity(hits.count)
    for hit in hits where hit.family == .frames {
      let table = ObjectIdentifier(hit.entry.table), row = hit.entry.row
      let repeats = seen.count { $0.table == table && $0.row == row }
      seen.append((table, row))
      var weight = hit.entry.weight * (hit.modifiers.contains(.quoted) && !quotationIsTheSentence ? quotedFactor : 1)
      if let leadingClauseEnd, hit.tokenRange.lowerBound < leadingClauseEnd { weight *= subordinateFactor }
      if repeats > 0 { weight /= Double(repeats + 1) }
      let category = hit.entry.table.rows[row].category
      if let index = groups.firstIndex(where: { $0.table == table && $0.category == category }) {
        groups[index].weight += weight
        groups[index].strongest = max(groups[index].strongest, weight)
      } else {
        groups.append((table, category, hit.entry, weight, weight))
      }
    }
    // One category may be filled by several files.
    var weights: [(category: String, weight: Double, strongest: Double)] = []
    weights.reserveCapacity(groups.count)
    for group in groups {
      let name = group.entry.category
      if let index = weights.firstIndex(where: { $0.category == name }) {
        weights[index].weight += group.weight
        weights[index].strongest = max(weights[index].strongest, group.strongest)
      } else {
        weights.append((name, group.weight, group.strongest))
      }
    }
    return weights
  }

  /// Heaviest first; ties go to the frame whose strongest cue weighs more, then to the one named first.
  static func ranked(_ weights: [(category: String, weight: Double, strongest: Double)]) -> [(category: String, weight: Double, strongest: Double)] {
    var weights = weights
    rank(&weights)
    return weights
  }

  /// `ranked`, in place.
  static func rank(_ weights: inout [(category: String, weight: Double, strongest: Double)]) {
    guard weights.count > 1 else { return }
    weights.sort { ($0.weight, $0.strongest, $1.category) > ($1.weight, $1.strongest, $0.category) }
  }

  /// The most probable frame of a model that learned two or more frame labels; nil when it is
  /// unsure of every frame.
  private func learnedChoice(_ probabilities: [LabelProbability]) -> FrameChoice? {
    let learned = probabilities.filter { $0.label.hasPrefix(FrameChoice.prefix) }
    guard learned.count >= 2, let best = learned.max(by: { ($0.probability, $1.label) < ($1.probability, $0.label) }) else { return nil }
    guard best.probability >= minimumProbability else { return nil }
    return FrameChoice(category: best.label, probability: best.probability / max(1, learned.reduce(0) { $0 + $1.probability }), basis: .learned)
  }
}
