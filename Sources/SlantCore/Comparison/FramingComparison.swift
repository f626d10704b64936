/// The comparison of outlets' framing: one profile per outlet (or document), sorted by name,
/// built from document tallies; the numbers the text, CSV, JSON and HTML views all render.
public struct FramingComparison: Sendable, Codable {
  public var grouping: ComparisonGrouping
  public var profiles: [OutletProfile]

  public init(grouping: ComparisonGrouping, profiles: [OutletProfile]) {
    self.grouping = grouping
    self.profiles = profiles
  }

  /// Builds the profiles of `tallies` grouped by `grouping`.
  /// - Parameter topTerms: how many loaded and distinguishing terms each profile lists.
  public init(
    tallies: [DocumentTally], grouping: ComparisonGrouping = .outlet, bootstrap: Bootstrap = Bootstrap(),
    fightinWords: FightinWords = FightinWords(), topTerms: Int = 8
  ) {
    self.grouping = grouping
    let groups = Dictionary(grouping: tallies, by: grouping.key)
    var corpusWords: [String: Int] = [:], corpusCategories: [String: Int] = [:]
    for tally in tallies {
      corpusWords.merge(tally.words, uniquingKeysWith: +)
      corpusCategories.merge(tally.totals.categories, uniquingKeysWith: +)
    }
    profiles = groups.keys.sorted().map { name in
      let members = groups[name]!
      var totals = ScoreTotals(), words: [String: Int] = [:], terms: [DocumentTally.TermKey: Int] = [:]
      for tally in members {
        totals.add(tally.totals)
        words.merge(tally.words, uniquingKeysWith: +)
        terms.merge(tally.loadedTerms, uniquingKeysWith: +)
      }
      let frameHits = totals.categories.filter { $0.key.hasPrefix("frame.") }
      let frameTotal = frameHits.values.reduce(0, +)
      func distinguishing(_ own: [String: Int], _ corpus: [String: Int]) -> [DistinguishingTerm] {
        let rest = corpus.merging(own.mapValues { -$0 }, uniquingKeysWith: +).filter { $0.value > 0 }
        return Array(fightinWords.terms(group: own, rest: rest).filter { $0.count > 0 && $0.z > 0 }.prefix(topTerms))
      }
      return OutletProfile(
        name: name, documents: members.count, sentences: totals.sentences, tokens: members.reduce(0) { $0 + $1.tokens },
        loaded: bootstrap.rate(members.map { (DocumentTally.loadedHits($0.totals), $0.tokens) }),
        loadedOwnVoice: members.reduce(0) { $0 + $1.loadedOwnVoice }, loadedQuoted: members.reduce(0) { $0 + $1.loadedQuoted },
        support: SupportLabel.allCases.map { LabelShare(label: $0.rawValue, estimate: WilsonInterval.estimate(totals.labels[$0] ?? 0, of: totals.sentences)) },
        frames: frameHits.map { FrameShare(frame: $0.key, count: $0.value, share: Double($0.value) / Double(frameTotal)) }
          .sorted { ($0.count, $1.frame) > ($1.count, $0.frame) },
        topLoadedTerms: Array(
          terms.map { TermCount(term: $0.key.term, category: $0.key.category, count: $0.value) }
            .sorted { ($0.count, $1.term, $1.category) > ($1.count, $0.term, $0.category) }.prefix(topTerms)),
        distinguishingWords: distinguishing(words, corpusWords),
        distinguishingCategories: distinguishing(totals.categories, corpusCategories),
        human: Self.humanProfile(members, bootstrap: bootstrap), headlines: Self.headlineProfile(members))
    }
  }

  private static func headlineProfile(_ members: [DocumentTally]) -> HeadlineProfile? {
    var totals = ScoreTotals()
    for tally in members { totals.add(tally.headlineTotals) }
    guard totals.sentences > 0 else { return nil }
    return HeadlineProfile(
      headlines: totals.sentences, loadedHits: DocumentTally.loadedHits(totals),
      support: SupportLabel.allCases.map { LabelShare(label: $0.rawValue, estimate: WilsonInterval.estimate(totals.labels[$0] ?? 0, of: totals.sentences)) })
  }

  private static func humanProfile(_ members: [DocumentTally], bootstrap: Bootstrap) -> HumanProfile? {
    let annotated = members.filter { $0.human != nil }
    guard !annotated.isEmpty else { return nil }
    var labels: [String: Int] = [:], scorer: [SupportLabel: Int] = [:], sentences = 0
    for tally in annotated {
      let human = tally.human!
      sentences += human.annotatedSentences
      labels.merge(human.sentenceLabels, uniquingKeysWith: +)
      scorer.merge(human.scorerLabels, uniquingKeysWith: +)
    }
    return HumanProfile(
      annotatedDocuments: annotated.count, annotatedSentences: sentences,
      support: SupportLabel.allCases.map { LabelShare(label: $0.rawValue, estimate: WilsonInterval.estimate(labels[$0.rawValue] ?? 0, of: sentences)) },
      scorerSupport: SupportLabel.allCases.map { LabelShare(label: $0.rawValue, estimate: WilsonInterval.estimate(scorer[$0] ?? 0, of: sentences)) },
      loaded: bootstrap.rate(annotated.map { ($0.human!.loadedSpans, $0.tokens) }))
  }
}
