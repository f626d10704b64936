/// Builds the differences between groups from their samples: with two groups the first against
/// the second, with more each against the rest (the rest resampled group by group, so the
/// bootstrap stays stratified), and for each the drivers of the loaded-language difference
/// (entries and categories) and of each support share's difference (entries).
struct DifferenceFinder {
  /// How many drivers of each kind a difference lists.
  static let listedDrivers = 5
  /// How many of them get an interval without them (a bootstrap column each).
  static let testedDrivers = 3

  let names: [String]
  /// Per figure with drivers, per group, the counts of each entry (`ComparedFigure.entryCounts`).
  private let counts: [ComparedFigure: [[DocumentTally.TermKey: Int]]]
  /// Per figure with drivers, per group, the sums of its documents' numerators and denominators:
  /// ranking drivers asks for them once per side, figure and kind, and each ask walked every document.
  private let sums: [ComparedFigure: [(numerator: Int, denominator: Int)]]

  init(names: [String], members: [[DocumentTally]]) {
    self.names = names
    // Tally by tally, every figure of each: asking each figure for its own walk over the
    // documents made a copy of every tally per figure and question.
    let figures = Self.drivenFigures.map(\.figure)
    var counts = [[[DocumentTally.TermKey: Int]]](repeating: [], count: figures.count)
    var sums = [[(numerator: Int, denominator: Int)]](repeating: [], count: figures.count)
    for tallies in members {
      var merged = [[DocumentTally.TermKey: Int]](repeating: [:], count: figures.count)
      var totals = [(numerator: Int, denominator: Int)](repeating: (0, 0), count: figures.count)
      for tally in tallies {
        for (slot, figure) in figures.enumerated() {
          merged[slot].merge(figure.entryCounts(in: tally), uniquingKeysWith: +)
          totals[slot].numerator += figure.numerator(of: tally)
          totals[slot].denominator += figure.denominator(of: tally)
        }
      }
      for slot in figures.indices {
        counts[slot].append(merged[slot])
        sums[slot].append(totals[slot])
      }
    }
    self.counts = Dictionary(uniqueKeysWithValues: zip(figures, counts))
    self.sums = Dictionary(uniqueKeysWithValues: zip(figures, sums))
  }

  /// Which group stands against which: `(group, others)` pairs.
  var sides: [(group: Int, others: [Int])] {
    switch names.count {
    case 0, 1: []
    case 2: [(0, [1])]
    default: names.indices.map { index in (index, names.indices.filter { $0 != index }) }
    }
  }

  /// The figures with drivers and, for each, whether they are also listed by category.
  private static let drivenFigures: [(figure: ComparedFigure, byCategory: Bool)] =
    [(.loadedRate, true)] + SoleSupportEntry.labels.map { (.support($0), false) }

  /// The drivers worth a bootstrap column: the first few of each kind, for every pair of sides.
  func testedKeys() -> [DriverKey] {
    var keys: [DriverKey] = [], seen: Set<DriverKey> = []
    for side in sides {
      for (figure, hasCategories) in Self.drivenFigures {
        for byCategory in hasCategories ? [false, true] : [false] {
          for candidate in ranked(side, figure: figure, counts: counts[figure]!, byCategory: byCategory).prefix(Self.testedDrivers)
          where seen.insert(candidate.key).inserted {
            keys.append(candidate.key)
          }
        }
      }
    }
    return keys
  }

  /// The differences, given each group's sample drawn with `tested` as its driver columns.
  func differences(samples: [GroupSample], tested: [DriverKey]) -> [GroupDifference] {
    sides.map { side in
      let own = samples[side.group], others = side.others.map { samples[$0] }
      func otherSum(_ replicate: Int, _ column: Int) -> Int { others.reduce(0) { $0 + $1.replicates.sum(replicate, column) } }
      func otherTotal(_ column: Int) -> Int { others.reduce(0) { $0 + $1.totals[column] } }
      // Every group resampled must have its own replicates (enough documents, `Bootstrap.minimumDocuments`).
      let thin = ([own] + others).filter { !$0.replicates.hasReplicates }.map(\.name)
      func difference(_ figure: ComparedFigure, column: Int? = nil) -> (value: Double, lower: Double?, upper: Double?) {
        let value = figure.value({ own.totals[$0] }, removed: column.map { own.totals[$0] } ?? 0)
          - figure.value(otherTotal, removed: column.map(otherTotal) ?? 0)
        guard thin.isEmpty else { return (value, nil, nil) }
        let interval = own.replicates.interval { replicate in
          figure.value({ own.replicates.sum(replicate, $0) }, removed: column.map { own.replicates.sum(replicate, $0) } ?? 0)
            - figure.value({ otherSum(replicate, $0) }, removed: column.map { otherSum(replicate, $0) } ?? 0)
        }
        return (value, interval?.lower, interval?.upper)
      }
      func drivers(of figure: FigureDifference, _ compared: ComparedFigure, byCategory: Bool) -> [Driver] {
        ranked(side, figure: compared, counts: counts[compared]!, byCategory: byCategory).prefix(Self.listedDrivers).map { candidate in
          let column = tested.firstIndex(of: candidate.key).map { GroupSample.fixedColumns + $0 }
          let without = column.map { difference(compared, column: $0) }
          let value = figure.difference - candidate.contribution
          let turns = value == 0 || (value > 0) != (figure.difference > 0)
          var vanishes = false
          if let lower = without?.lower, let upper = without?.upper { vanishes = lower <= 0 && 0 <= upper }
          return Driver(
            name: candidate.name, category: candidate.category, groupHits: candidate.groupHits, againstHits: candidate.againstHits,
            contribution: candidate.contribution, differenceWithout: value, lowerWithout: without?.lower, upperWithout: without?.upper,
            carriesDifference: !figure.includesZero && (turns || vanishes))
        }
      }
      var figures = ComparedFigure.allCases.map { figure in
        let (value, lower, upper) = difference(figure)
        return FigureDifference(
          figure: figure.description, group: figure.value { own.totals[$0] }, against: figure.value(otherTotal), difference: value,
          lower: lower, upper: upper, method: thin.isEmpty ? .documentBootstrap : nil,
          includesZero: lower.map { $0 <= 0 && 0 <= upper! } ?? true, thinGroups: thin.isEmpty ? nil : thin)
      }
      for index in figures.indices {
        guard case .support(let label) = ComparedFigure.allCases[index], SoleSupportEntry.labels.contains(label) else { continue }
        let entries = drivers(of: figures[index], .support(label), byCategory: false)
        figures[index].entryDrivers = entries
        figures[index].carriedBy = entries.first { $0.carriesDifference }?.label
      }
      let entryDrivers = drivers(of: figures[0], .loadedRate, byCategory: false)
      return GroupDifference(
        group: names[side.group], against: side.others.count == 1 ? names[side.others[0]] : "the rest", figures: figures,
        entryDrivers: entryDrivers, categoryDrivers: drivers(of: figures[0], .loadedRate, byCategory: true),
        carriedBy: entryDrivers.first { $0.carriesDifference }?.label)
    }
  }

  /// A candidate driver with its counts on each side and its part in the figure's difference.
  private struct Candidate {
    var key: DriverKey
    var name: String
    var category: String?
    var groupHits: Int
    var againstHits: Int
    var contribution: Double
  }

  /// Entries (or categories) in order of how much of `figure`'s difference they make, in its
  /// direction; only those that push that way.
  private func ranked(
    _ side: (group: Int, others: [Int]), figure: ComparedFigure, counts entryCounts: [[DocumentTally.TermKey: Int]], byCategory: Bool
  ) -> [Candidate] {
    let sums = self.sums[figure]!
    func size(_ groups: [Int]) -> Int { groups.reduce(0) { $0 + sums[$1].denominator } }
    func counts(_ groups: [Int]) -> [DriverKey: Int] {
      var counts: [DriverKey: Int] = [:]
      for group in groups {
        for (key, count) in entryCounts[group] { counts[figure.driverKey(key, byCategory: byCategory), default: 0] += count }
      }
      return counts
    }
    let ownSize = size([side.group]), otherSize = size(side.others)
    let own = counts([side.group]), other = counts(side.others)
    func measure(_ count: Int, _ size: Int) -> Double { size > 0 ? Double(count) * figure.scale / Double(size) : 0 }
    let ownTotal = sums[side.group].numerator, otherTotal = side.others.reduce(0) { $0 + sums[$1].numerator }
    let direction: Double = measure(ownTotal, ownSize) >= measure(otherTotal, otherSize) ? 1 : -1
    let candidates = Set(own.keys).union(other.keys).map { key -> Candidate in
      let ownHits = own[key] ?? 0, otherHits = other[key] ?? 0
      let (name, category): (String, String?) =
        switch key {
        case .entry(let term), .soleSupport(_, let term): (term.term, term.category)
        case .category(let name): (name, nil)
        }
      return Candidate(
        key: key, name: name, category: category, groupHits: ownHits, againstHits: otherHits,
        contribution: measure(ownHits, ownSize) - measure(otherHits, otherSize))
    }
    return candidates.filter { $0.contribution * direction > 0 }
      .sorted { ($0.contribution * direction, $1.name, $1.category ?? "") > ($1.contribution * direction, $0.name, $0.category ?? "") }
  }
}
