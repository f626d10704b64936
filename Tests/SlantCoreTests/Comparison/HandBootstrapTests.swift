import Testing
import SlantCore

/// The comparison's intervals against a bootstrap written out here by hand from its
/// description: group i (in name order) draws from `SeededGenerator(seed: seed + i)`, each
/// replicate one document index per document; the 2.5% and 97.5% percentiles interpolate
/// between neighbours.
@Suite struct HandBootstrapTests {
  let bootstrap = Bootstrap(replicates: 500, seed: 7)

  /// Per replicate, the summed `columns` of one group's tallies.
  func replicates(_ members: [DocumentTally], seed: UInt64, columns: (DocumentTally) -> [Int]) -> [[Int]] {
    var generator = SeededGenerator(seed: seed)
    let rows = members.map(columns)
    return (0..<bootstrap.replicates).map { _ in
      var sums = [Int](repeating: 0, count: rows[0].count)
      for _ in rows.indices {
        let row = rows[generator.index(below: rows.count)]
        for column in sums.indices { sums[column] += row[column] }
      }
      return sums
    }
  }

  /// Whether `value` is there and within `tolerance` of `expected`.
  func close(_ value: Double?, _ expected: Double, _ tolerance: Double = 1e-9) -> Bool { value.map { abs($0 - expected) < tolerance } ?? false }

  func percentiles(_ values: [Double]) -> (Double, Double) {
    let sorted = values.sorted()
    func at(_ fraction: Double) -> Double {
      let position = fraction * Double(sorted.count - 1), below = Int(position), above = min(sorted.count - 1, below + 1)
      return sorted[below] + (sorted[above] - sorted[below]) * (position - Double(below))
    }
    return (at(0.025), at(0.975))
  }

  @Test func loadedRateAndHedgedShareDifferencesMatchTheHandComputedBootstrap() throws {
    let comparison = GroupsCorpus.comparison(by: "country", bootstrap: bootstrap)
    let north = GroupsCorpus.tallies.filter { $0.metadata[field: "country"] == "north" }
    let south = GroupsCorpus.tallies.filter { $0.metadata[field: "country"] == "south" }
    func columns(_ tally: DocumentTally) -> [Int] {
      [tally.tokens, DocumentTally.loadedHits(tally.totals), tally.totals.sentences, tally.totals.labels[.hedged] ?? 0, tally.loadedTerms.filter { $0.key.term == "regime" }.values.reduce(0, +)]
    }
    let a = replicates(north, seed: 7, columns: columns), b = replicates(south, seed: 8, columns: columns)
    func rate(_ sums: [Int], removing: Bool = false) -> Double { Double(sums[1] - (removing ? sums[4] : 0)) * 1_000 / Double(sums[0]) }
    func hedged(_ sums: [Int]) -> Double { Double(sums[3]) / Double(sums[2]) }

    let difference = try #require(comparison.differences.first)
    let loaded = try #require(difference.figure(.loadedRate)), share = try #require(difference.figure(.support(.hedged)))
    let (loadedLower, loadedUpper) = percentiles(zip(a, b).map { rate($0) - rate($1) })
    #expect(close(loaded.lower, loadedLower) && close(loaded.upper, loadedUpper))
    let (shareLower, shareUpper) = percentiles(zip(a, b).map { hedged($0) - hedged($1) })
    #expect(close(share.lower, shareLower, 1e-12) && close(share.upper, shareUpper, 1e-12))
    let (withoutLower, withoutUpper) = percentiles(zip(a, b).map { rate($0, removing: true) - rate($1, removing: true) })
    let regime = try #require(difference.entryDrivers.first { $0.name == "regime" })
    #expect(close(regime.lowerWithout, withoutLower) && close(regime.upperWithout, withoutUpper))
    let (northLower, northUpper) = percentiles(a.map { rate($0) })
    let northRate = comparison.profiles[0].loaded
    #expect(close(northRate.lower, northLower) && close(northRate.upper, northUpper))
  }

  @Test func theFirstGroupsRateKeepsTheIntervalOfTheOneGroupBootstrap() throws {
    let comparison = GroupsCorpus.comparison(by: "country", bootstrap: bootstrap)
    let north = GroupsCorpus.tallies.filter { $0.metadata[field: "country"] == "north" }
    let alone = bootstrap.rate(north.map { (DocumentTally.loadedHits($0.totals), $0.tokens) })
    #expect(comparison.profiles[0].loaded == alone)
  }
}

@Suite struct SeededGeneratorSkippingTests {
  @Test(arguments: [0, 1, 7, 10_000])
  func skippingDrawsReachesTheSameNumbersAsDrawingThem(draws: Int) {
    var drawn = SeededGenerator(seed: 99)
    for _ in 0..<draws { _ = drawn.next() }
    var skipped = SeededGenerator(seed: 99, skipping: draws)
    #expect((0..<5).map { _ in drawn.next() } == (0..<5).map { _ in skipped.next() })
  }
}

/// A support share's drivers against the same hand-written bootstrap: the unsupported share
/// without `regime`, where a sentence leaves the share only when `regime` is its one evaluative
/// entry (every hit of this corpus is in the outlet's voice).
@Suite struct HandSupportDriverTests {
  let bootstrap = Bootstrap(replicates: 500, seed: 11)

  /// Whether `sentence` is unsupported on `regime` alone.
  static func restsOnRegimeAlone(_ sentence: ScoredSentence) -> Bool {
    sentence.label == .unsupported && Set(sentence.hits.filter { $0.family == .loaded || $0.family == .labels }.map(\.entry.term)) == ["regime"]
  }

  @Test func theUnsupportedShareWithoutRegimeMatchesTheHandComputedBootstrap() throws {
    let hand = HandBootstrapTests(), comparison = GroupsCorpus.comparison(by: "country", bootstrap: bootstrap)
    func rows(_ country: String) -> [[Int]] {
      GroupsCorpus.documents.filter { $0.document.metadata[field: "country"] == country }.map { scored in
        [scored.sentences.count, scored.sentences.count { $0.label == .unsupported }, scored.sentences.count(where: Self.restsOnRegimeAlone)]
      }
    }
    func replicates(_ rows: [[Int]], seed: UInt64) -> [[Int]] {
      var generator = SeededGenerator(seed: seed)
      return (0..<bootstrap.replicates).map { _ in
        var sums = [0, 0, 0]
        for _ in rows.indices {
          let row = rows[generator.index(below: rows.count)]
          for column in sums.indices { sums[column] += row[column] }
        }
        return sums
      }
    }
    let north = rows("north"), south = rows("south")
    // 13 northern sentences say regime; two of them also say chaotic or disastrous.
    #expect(north.reduce(0) { $0 + $1[2] } == 11 && south.reduce(0) { $0 + $1[2] } == 0, "eleven northern sentences are unsupported on regime alone")
    let a = replicates(north, seed: 11), b = replicates(south, seed: 12)
    func share(_ sums: [Int], removing: Bool = false) -> Double { Double(sums[1] - (removing ? sums[2] : 0)) / Double(sums[0]) }
    let difference = try #require(comparison.differences.first?.figure(.support(.unsupported)))
    let (lower, upper) = hand.percentiles(zip(a, b).map { share($0) - share($1) })
    #expect(hand.close(difference.lower, lower, 1e-12) && hand.close(difference.upper, upper, 1e-12))
    let regime = try #require(difference.entryDrivers?.first)
    #expect(regime.label == "regime (loaded.negative)" && regime.groupHits == 11 && regime.againstHits == 0)
    let northSentences = Double(north.reduce(0) { $0 + $1[0] })
    #expect(abs(regime.contribution - 11 / northSentences) < 1e-12)
    let (withoutLower, withoutUpper) = hand.percentiles(zip(a, b).map { share($0, removing: true) - share($1, removing: true) })
    #expect(hand.close(regime.lowerWithout, withoutLower, 1e-12) && hand.close(regime.upperWithout, withoutUpper, 1e-12))
    #expect(!difference.includesZero && withoutLower < 0 && 0 < withoutUpper)
    #expect(regime.carriesDifference && difference.carriedBy == "regime (loaded.negative)", "a fragile share difference")
  }

  @Test func aShareDifferenceSpreadOverTwoHedgesIsNotFragile() throws {
    let comparison = GroupsCorpus.comparison(by: "country", bootstrap: bootstrap)
    let hedged = try #require(comparison.differences.first?.figure(.support(.hedged)))
    #expect(!hedged.includesZero && hedged.difference < 0)
    let drivers = try #require(hedged.entryDrivers)
    #expect(Set(drivers.map(\.name)) == ["may", "reportedly"])
    #expect(drivers.allSatisfy { $0.groupHits == 0 && $0.againstHits == 5 && !$0.carriesDifference && ($0.upperWithout ?? 0) < 0 })
    #expect(hedged.carriedBy == nil)
    #expect(comparison.differences.first?.figure(.support(.neutral))?.entryDrivers == nil, "no entry decides neutral")
  }
}
