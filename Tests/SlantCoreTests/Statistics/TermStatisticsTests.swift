import Foundation
import Testing
import SlantCore

@Suite struct TermStatisticsTests {
  @Test func fightinWordsByHand() throws {
    // Group: regime 8 of 100; rest: regime 2 of 300. Prior a0 = 100 spread by corpus share 10/400.
    let group = ["regime": 8, "other": 92], rest = ["regime": 2, "other": 298]
    let terms = FightinWords(priorStrength: 100).terms(group: group, rest: rest)
    let regime = try #require(terms.first { $0.term == "regime" })
    let prior = 100.0 * 10 / 400
    let expected = log((8 + prior) / (100 + 100 - 8 - prior)) - log((2 + prior) / (300 + 100 - 2 - prior))
    #expect(abs(regime.logOdds - expected) < 1e-12)
    #expect(abs(regime.z - expected / (1 / (8 + prior) + 1 / (2 + prior)).squareRoot()) < 1e-12)
    #expect(terms.first?.term == "regime", "the group's own word comes first")
    #expect(regime.count == 8 && regime.restCount == 2)
  }

  @Test func fightinWordsIsAntisymmetricBetweenTwoGroups() throws {
    let a = ["regime": 6, "government": 1, "talks": 5], b = ["regime": 1, "government": 7, "talks": 5]
    let forA = FightinWords().terms(group: a, rest: b), forB = FightinWords().terms(group: b, rest: a)
    for term in forA {
      let mirror = try #require(forB.first { $0.term == term.term })
      #expect(abs(term.z + mirror.z) < 1e-9)
    }
    #expect(forA.first?.term == "regime" && forB.first?.term == "government")
  }

  @Test func fightinWordsShrinksRareWords() throws {
    let terms = FightinWords().terms(group: ["once": 1, "often": 20, "shared": 79], rest: ["often": 2, "shared": 98])
    let once = try #require(terms.first { $0.term == "once" }), often = try #require(terms.first { $0.term == "often" })
    #expect(often.z > once.z, "a word seen once is weaker evidence than one seen twenty times")
    #expect(FightinWords().terms(group: [:], rest: [:]).isEmpty)
  }

  @Test func tfidfCosineOfIdenticalAndDisjointTexts() {
    let index = TFIDFIndex(items: [["khan", "visit", "moscow"], ["khan", "visit", "moscow"], ["oil", "prices", "fell"], ["khan", "oil"]])
    #expect(abs(index.cosine(0, 1) - 1) < 1e-12)
    #expect(index.cosine(0, 2) == 0)
    #expect(index.cosine(0, 3) > 0 && index.cosine(0, 3) < 1)
    #expect(abs(index.cosine(0, 3) - index.cosine(3, 0)) < 1e-12)
  }

  @Test func tfidfWeighsRareTermsMore() {
    // "visit" is in every item, "moscow" in two: sharing "moscow" counts for more.
    let index = TFIDFIndex(items: [["visit", "moscow"], ["visit", "moscow"], ["visit", "beijing"], ["visit", "delhi"]])
    #expect(index.cosine(0, 1) > index.cosine(0, 2))
    #expect(index.cosine(2, 3) < 0.5)
  }

  @Test func anItemStandingForCopiesHasTheVectorOfEachCopy() {
    let copies = TFIDFIndex(items: [["dam", "gates"], ["dam", "gates"], ["dam", "gates"], ["dam", "flood"], ["rain"]])
    let once = TFIDFIndex(items: [["dam", "gates"], ["dam", "flood"], ["rain"]], multiplicities: [3, 1, 1])
    #expect(once.cosine(0, 1) == copies.cosine(0, 3), "the same idf: N and document frequencies count the copies")
    #expect(once.cosine(0, 1) != TFIDFIndex(items: [["dam", "gates"], ["dam", "flood"], ["rain"]]).cosine(0, 1))
  }

  @Test func aTermInTooManyItemsDoesNotMakeCandidatesAlone() {
    // "river" is in every item; "weir" only in items 0 and 1.
    let index = TFIDFIndex(items: [["river", "weir"], ["river", "weir"], ["river"], ["river"], ["river"]])
    #expect(Set(index.neighbours(of: 0, minimum: 0.1) { _ in true }.map(\.item)) == [1, 2, 3, 4])
    #expect(index.neighbours(of: 0, minimum: 0.1, maxPostings: 2) { _ in true }.map(\.item) == [1], "found through weir only")
    #expect(index.neighbours(of: 2, minimum: 0.1, maxPostings: 2) { _ in true }.isEmpty)
  }

  @Test func neighboursMatchBruteForce() {
    let words = ["khan", "putin", "visit", "moscow", "talks", "ukraine", "trade", "gas", "pipeline", "sanctions"]
    var generator = SeededGenerator(seed: 11)
    let items = (0..<60).map { _ in (0..<(2 + generator.index(below: 5))).map { _ in words[generator.index(below: words.count)] } }
    let index = TFIDFIndex(items: items)
    for item in 0..<items.count {
      let found = index.neighbours(of: item, minimum: 0.3) { $0 % 2 != item % 2 }
      let expected = (0..<items.count).filter { $0 % 2 != item % 2 && index.cosine(item, $0) >= 0.3 - 1e-12 }
      #expect(Set(found.map(\.item)) == Set(expected))
      #expect(zip(found, found.dropFirst()).allSatisfy { $0.similarity >= $1.similarity })
    }
  }
}
