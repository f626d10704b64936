import Dispatch

/// The comparison of groups' framing: one profile per group (outlet, any metadata field's
/// value, or document), sorted by name, the differences between groups with the entries that
/// drive them, built from document tallies; the numbers the text, CSV, JSON and HTML views all render.
public struct FramingComparison: Sendable, Codable {
  public var grouping: ComparisonGrouping
  /// How the intervals of shares, rates and differences were drawn.
  public var intervals: IntervalSettings
  public var profiles: [OutletProfile]
  /// With two groups the first against the second; with more, each against the rest.
  public var differences: [GroupDifference]
  /// When some group is thin, other fields to group by, fewest thin groups first.
  public var suggestedGroupings: [GroupingAdvice]
  /// Each group's articles and sentences by primary frame, with intervals (`FrameProfile`).
  public var frameProfiles: [FrameProfile] = []

  public init(
    grouping: ComparisonGrouping, intervals: IntervalSettings = IntervalSettings(Bootstrap()), profiles: [OutletProfile],
    differences: [GroupDifference] = [], suggestedGroupings: [GroupingAdvice] = []
  ) {
    self.grouping = grouping
    self.intervals = intervals
    self.profiles = profiles
    self.differences = differences
    self.suggestedGroupings = suggestedGroupings
  }

  /// Builds the profiles of `tallies` grouped by `grouping`.
  /// - Parameter topTerms: how many loaded and distinguishing terms each profile lists.
  public init(
    tallies: [DocumentTally], grouping: ComparisonGrouping = .outlet, bootstrap: Bootstrap = Bootstrap(),
    fightinWords: FightinWords = FightinWords(), topTerms: Int = 8
  ) {
    self.grouping = grouping
    intervals = IntervalSettings(bootstrap)
    let groups = Dictionary(grouping: tallies, by: grouping.key)
    let names = groups.keys.sorted()
    let members = names.map { groups[$0]! }
    // The differences (with their bootstrap), the frame profiles and each group's sums need
    // nothing of each other: they run side by side, each part writing only its own slot.
    var parts = [Part?](repeating: nil, count: 2 + names.count)
    parts.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: slots.count) { part in
        switch part {
        case 0:
          let (samples, differences) = Self.differences(names: names, members: members, grouping: grouping, bootstrap: bootstrap)
          slots[part] = .differences(samples: samples, differences: differences)
        case 1: slots[part] = .frames(FrameProfile.profiles(tallies, grouping: grouping, bootstrap: bootstrap))
        default: slots[part] = .sums(GroupSums(members[part - 2]))
        }
      }
    }
    guard case .differences(let samples, let differences) = parts[0], case .frames(let frameProfiles) = parts[1] else {
      preconditionFailure("every part is made above")
    }
    self.differences = differences
    let sums = parts.dropFirst(2).map { part -> GroupSums in
      guard case .sums(let sums) = part else { preconditionFailure("every part is made above") }
      return sums
    }
    // The corpus's counts from the groups' (summed once per group, not once per document).
    var corpusWords: [String: Int] = [:], corpusCategories: [String: Int] = [:]
    for group in sums {
      corpusWords.merge(group.words, uniquingKeysWith: +)
      corpusCategories.merge(group.totals.categories, uniquingKeysWith: +)
    }
    profiles = names.indices.map { index in
      let name = names[index], members = members[index], sample = samples[index]
      let totals = sums[index].totals, words = sums[index].words, terms = sums[index].terms
      let frameHits = totals.categories.filter { $0.key.hasPrefix("frame.") }
      let frameTotal = frameHits.values.reduce(0, +)
      func distinguishing(_ own: [String: Int], _ corpus: [String: Int]) -> [DistinguishingTerm] {
        let rest = corpus.merging(own.mapValues { -$0 }, uniquingKeysWith: +).filter { $0.value > 0 }
        return Array(fightinWords.terms(group: own, rest: rest).filter { $0.count > 0 && $0.z > 0 }.prefix(topTerms))
      }
      return OutletProfile(
        name: name, documents: members.count, sentences: totals.sentences, tokens: members.reduce(0) { $0 + $1.tokens },
        loaded: Self.rate(sample),
        loadedOwnVoice: members.reduce(0) { $0 + $1.loadedOwnVoice }, loadedQuoted: members.reduce(0) { $0 + $1.loadedQuoted },
        support: SupportLabel.allCases.map { LabelShare(label: $0.rawValue, estimate: Self.share($0, sample)) },
        frames: frameHits.map { FrameShare(frame: $0.key, count: $0.value, share: Double($0.value) / Double(frameTotal)) }
          .sorted { ($0.count, $1.frame) > ($1.count, $0.frame) },
        topLoadedTerms: Array(
          terms.map { TermCount(term: $0.key.term, category: $0.key.category, count: $0.value) }
            .sorted { ($0.count, $1.term, $1.category) > ($1.count, $0.term, $0.category) }.prefix(topTerms)),
        distinguishingWords: distinguishing(words, corpusWords),
        distinguishingCategories: distinguishing(totals.categories, corpusCategories),
        human: Self.humanProfile(members, bootstrap: bootstrap), headlines: Self.headlineProfile(members),
        thinReason: OutletProfile.thinReason(documents: members.count, sentences: totals.sentences))
    }
    suggestedGroupings = GroupingAdvice.suggestions(for: tallies, besides: grouping, profiles: profiles)
    self.frameProfiles = frameProfiles
  }

  /// One part of the comparison made on its own thread.
  private enum Part: Sendable {
    case differences(samples: [GroupSample], differences: [GroupDifference])
    case frames([FrameProfile])
    case sums(GroupSums)
  }

  /// Each group's sample and the differences between groups with their drivers (none between documents).
  private static func differences(
    names: [String], members: [[DocumentTally]], grouping: ComparisonGrouping, bootstrap: Bootstrap
  ) -> ([GroupSample], [GroupDifference]) {
    let finder = DifferenceFinder(names: names, members: grouping == .document ? [] : members)
    let tested = grouping == .document ? [] : finder.testedKeys()
    // Each group draws from its own stream (seed + its place in name order): stratified, and
    // the first group's rate keeps the interval `Bootstrap.rate` gives it alone.
    let samples = names.indices.map { index in
      GroupSample(name: names[index], members[index], drivers: tested, bootstrap: bootstrap, seed: bootstrap.seed &+ UInt64(index))
    }
    return (samples, grouping == .document ? [] : finder.differences(samples: samples, tested: tested))
  }

  /// A group's documents summed: their score totals, content words and loaded terms.
  private struct GroupSums: Sendable {
    var totals = ScoreTotals(), words: [String: Int] = [:], terms: [DocumentTally.TermKey: Int] = [:]

    init(_ members: [DocumentTally]) {
      for tally in members {
        totals.add(tally.totals)
        terms.merge(tally.loadedTerms, uniquingKeysWith: +)
      }
      words = ContentWordCounts.total(of: members.map { $0.contentWords })
    }
  }

  /// Loaded hits per 1,000 tokens with its interval over the group's documents.
  private static func rate(_ sample: GroupSample) -> RateEstimate {
    let (value, lower, upper) = sample.estimate(.loadedRate)
    return RateEstimate(
      events: sample.totals[GroupSample.loaded], tokens: sample.totals[GroupSample.tokens], perThousand: value, lower: lower, upper: upper,
      method: lower == nil ? nil : .documentBootstrap)
  }

  /// The share of sentences labelled `label`, with its interval over documents when there are
  /// enough (`Bootstrap.minimumDocuments`); never Wilson's over sentences, which are not
  /// independent of each other even within one document.
  private static func share(_ label: SupportLabel, _ sample: GroupSample) -> ProportionEstimate {
    let count = sample.totals[GroupSample.column(of: label)], total = sample.totals[GroupSample.sentences]
    let (value, lower, upper) = sample.estimate(.support(label))
    return ProportionEstimate(count: count, total: total, share: value, lower: lower, upper: upper, method: lower == nil ? nil : .documentBootstrap)
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
