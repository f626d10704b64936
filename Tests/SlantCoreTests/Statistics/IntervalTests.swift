import Testing
import SlantCore

@Suite struct IntervalTests {
  @Test func wilsonIntervalByHand() {
    // 8 of 10: centre (0.8 + z²/20)/(1 + z²/10), half-width z/(1 + z²/10)·√(0.016 + z²/400).
    let estimate = WilsonInterval.estimate(8, of: 10)
    #expect(estimate.share == 0.8)
    #expect(abs(estimate.lower! - 0.4902) < 1e-4)
    #expect(abs(estimate.upper! - 0.9433) < 1e-4)
  }

  @Test func wilsonIntervalStaysInsideZeroAndOne() {
    let none = WilsonInterval.estimate(0, of: 10), all = WilsonInterval.estimate(10, of: 10)
    #expect(none.lower == 0)
    #expect(abs(none.upper! - 0.2775) < 1e-4)
    #expect(all.upper == 1)
    #expect(abs(all.lower! - 0.7225) < 1e-4)
    let empty = WilsonInterval.estimate(0, of: 0)
    #expect(empty.share == 0 && empty.lower == 0 && empty.upper == 1)
  }

  @Test func wilsonIntervalNarrowsWithMoreTrials() {
    let small = WilsonInterval.estimate(3, of: 10), large = WilsonInterval.estimate(300, of: 1000)
    #expect(large.upper! - large.lower! < (small.upper! - small.lower!) / 5)
    #expect(large.lower! < 0.3 && 0.3 < large.upper!)
  }

  @Test func bootstrapIsReproducibleAndBracketsTheRate() throws {
    let documents = [(events: 2, tokens: 400), (5, 500), (0, 300), (9, 600), (3, 350), (1, 450)]
    let first = Bootstrap().rate(documents), second = Bootstrap().rate(documents)
    #expect(first == second)
    #expect(first.events == 20 && first.tokens == 2600)
    #expect(abs(first.perThousand - 20_000.0 / 2600) < 1e-12)
    let lower = try #require(first.lower), upper = try #require(first.upper)
    #expect(lower < first.perThousand && first.perThousand < upper)
    #expect(lower >= 0 && upper <= 1000.0 * 9 / 600)
    #expect(Bootstrap(seed: 1).rate(documents) != first, "another seed draws other replicates")
  }

  @Test func bootstrapNeedsFiveDocuments() {
    let one = Bootstrap().rate([(events: 4, tokens: 1000)])
    #expect(one.perThousand == 4 && one.lower == nil && one.upper == nil)
    let four = Bootstrap().rate([(events: 2, tokens: 400), (5, 500), (0, 300), (9, 600)])
    #expect(four.lower == nil && four.upper == nil && four.method == nil, "4 documents have only 35 distinct resamples")
    let five = Bootstrap().rate([(events: 2, tokens: 400), (5, 500), (0, 300), (9, 600), (3, 350)])
    #expect(five.lower != nil && five.method == .documentBootstrap)
    let none = Bootstrap().rate([])
    #expect(none.perThousand == 0 && none.lower == nil)
  }

  @Test func bootstrapOfIdenticalDocumentsHasNoWidth() {
    let same = Bootstrap().rate(Array(repeating: (events: 3, tokens: 300), count: 5))
    #expect(same.lower == 10 && same.upper == 10)
  }

  @Test func seededGeneratorIndicesStayBelowTheBound() {
    var generator = SeededGenerator(seed: 3)
    let draws = (0..<1000).map { _ in generator.index(below: 7) }
    #expect(draws.allSatisfy { (0..<7).contains($0) })
    #expect(Set(draws).count == 7)
  }
}
