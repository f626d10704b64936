/// Builds the differences between groups from their samples: with two groups the first against
/// the second, with more each against the rest (the rest resampled group by group, so the
/// bootstrap stays stratified), and for each the drivers of the loaded-language difference.
struct DifferenceFinder {
  /// How many drivers of each kind a difference lists.
  static let listedDrivers = 5
  /// How many of them get an interval without them (a bootstrap column each).
  static let testedDrivers = 3

  let names: [String]
  let members: [[DocumentTally]]

  /// Which group stands against which: `(group, others)` pairs.
  var sides: [(group: Int, others: [Int])] {
    switch names.count {
    case 0, 1: []
    case 2: [(0, [1])]
    default: names.indices.map { index in (index, names.indices.filter { $0 != index }) }
    }
  }

  /// Per group, the loaded hits of each entry.
  private var entryHits: [[DocumentTally.TermKey: Int]] {
    members.map { tallies in tallies.reduce(into: [:]) { $0.merge($1.loadedTerms, uniquingKeysWith: +) } }
  }

  /// The drivers worth a bootstrap column: the first few of each kind, for every pair of sides.
  func testedKeys() -> [DriverKey] {
    var keys: [DriverKey] = [], seen: Set<DriverKey> = []
    let hits = entryHits
    for side in sides {
      for kind in [false, true] {
        for candidate in ranked(side, hits: hits, byCategory: kind).prefix(Self.testedDrivers) where seen.insert(candidate.key).inserted {
          keys.append(candidate.key)
        }
      }
    }
    return keys
  }

  /// The differences, given each group's sample drawn with `tested` as its driver columns.
  func differences(samples: [GroupSample], tested: [DriverKey]) -> [GroupDifference] {
    let hits = entryHits
    return sides.map { side in
      let own = samples[side.group], others = side.others.map { samples[$0] }
      func otherSum(_ replicate: Int, _ column: Int) -> Int {
        others.reduce(0) { $0 + ($1.replicates.hasReplicates ? $1.replicates.sum(replicate, column) : $1.totals[column]) }
      }
      func otherTotal(_ column: Int) -> Int { others.reduce(0) { $0 + $1.totals[column] } }
      let hasInterval = own.replicates.hasReplicates && others.reduce(0) { $0 + $1.documents } >= 2
      func difference(_ figure: ComparedFigure, column: Int? = nil) -> (value: Double, lower: Double?, upper: Double?) {
        let value = figure.value({ own.totals[$0] }, removed: column.map { own.totals[$0] } ?? 0)
          - figure.value(otherTotal, removed: column.map(otherTotal) ?? 0)
        guard hasInterval else { return (value, nil, nil) }
        let interval = own.replicates.interval { replicate in
          figure.value({ own.replicates.sum(replicate, $0) }, removed: column.map { own.replicates.sum(replicate, $0) } ?? 0)
            - figure.value({ otherSum(replicate, $0) }, removed: column.map { otherSum(replicate, $0) } ?? 0)
        }
        return (value, interval?.lower, interval?.upper)
      }
      let figures = ComparedFigure.allCases.map { figure in
        let (value, lower, upper) = difference(figure)
        return FigureDifference(
          figure: figure.description, group: figure.value { own.totals[$0] }, against: figure.value(otherTotal), difference: value,
          lower: lower, upper: upper, method: hasInterval ? .documentBootstrap : nil,
          includesZero: lower.map { $0 <= 0 && 0 <= upper! } ?? true)
      }
      let loaded = figures[0]
      func drivers(byCategory: Bool) -> [Driver] {
        ranked(side, hits: hits, byCategory: byCategory).prefix(Self.listedDrivers).map { candidate in
          let column = tested.firstIndex(of: candidate.key).map { GroupSample.fixedColumns + $0 }
          let without = column.map { difference(.loadedRate, column: $0) }
          let value = loaded.difference - candidate.contribution
          let turns = value == 0 || (value > 0) != (loaded.difference > 0)
          var vanishes = false
          if let lower = without?.lower, let upper = without?.upper { vanishes = lower <= 0 && 0 <= upper }
          return Driver(
            name: candidate.name, category: candidate.category, groupHits: candidate.groupHits, againstHits: candidate.againstHits,
            contribution: candidate.contribution, differenceWithout: value, lowerWithout: without?.lower, upperWithout: without?.upper,
            carriesDifference: !loaded.includesZero && (turns || vanishes))
        }
      }
      let entryDrivers = drivers(byCategory: false)
      return GroupDifference(
        group: names[side.group], against: side.others.count == 1 ? names[side.others[0]] : "the rest", figures: figures,
        entryDrivers: entryDrivers, categoryDrivers: drivers(byCategory: true), carriedBy: entryDrivers.first { $0.carriesDifference }?.label)
    }
  }

  /// A candidate driver with its hits on each side and its part in the loaded-rate difference.
  private struct Candidate {
    var key: DriverKey
    var name: String
    var category: String?
    var groupHits: Int
    var againstHits: Int
    var contribution: Double
  }

  /// Entries (or categories) in order of how much of the loaded-rate difference they make, in
  /// its direction; only those that push that way.
  private func ranked(_ side: (group: Int, others: [Int]), hits: [[DocumentTally.TermKey: Int]], byCategory: Bool) -> [Candidate] {
    func tokens(_ groups: [Int]) -> Int { groups.reduce(0) { total, group in members[group].reduce(total) { $0 + $1.tokens } } }
    func counts(_ groups: [Int]) -> [DriverKey: Int] {
      var counts: [DriverKey: Int] = [:]
      for group in groups {
        for (key, count) in hits[group] { counts[byCategory ? .category(key.category) : .entry(key), default: 0] += count }
      }
      return counts
    }
    let ownTokens = tokens([side.group]), otherTokens = tokens(side.others)
    let own = counts([side.group]), other = counts(side.others)
    func rate(_ count: Int, _ tokens: Int) -> Double { tokens > 0 ? Double(count) * 1_000 / Double(tokens) : 0 }
    let loadedOwn = own.values.reduce(0, +), loadedOther = other.values.reduce(0, +)
    let direction: Double = rate(loadedOwn, ownTokens) >= rate(loadedOther, otherTokens) ? 1 : -1
    let candidates = Set(own.keys).union(other.keys).map { key -> Candidate in
      let ownHits = own[key] ?? 0, otherHits = other[key] ?? 0
      let (name, category): (String, String?) =
        switch key {
        case .entry(let term): (term.term, term.category)
        case .category(let name): (name, nil)
        }
      return Candidate(
        key: key, name: name, category: category, groupHits: ownHits, againstHits: otherHits,
        contribution: rate(ownHits, ownTokens) - rate(otherHits, otherTokens))
    }
    return candidates.filter { $0.contribution * direction > 0 }
      .sorted { ($0.contribution * direction, $1.name, $1.category ?? "") > ($1.contribution * direction, $0.name, $0.category ?? "") }
  }
}
