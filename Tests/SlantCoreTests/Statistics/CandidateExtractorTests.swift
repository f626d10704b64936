import Testing
import SlantCore

@Suite struct CandidateExtractorTests {
  let units = [
    CandidateUnit(text: "The radical mob stormed the hall.", isPositive: true),
    CandidateUnit(text: "The mob gathered in the hall.", isPositive: false),
    CandidateUnit(text: "A radical mob, again.", isPositive: true),
    CandidateUnit(text: "Radical mob", isPositive: true),
    CandidateUnit(text: "The hall was quiet.", isPositive: false),
  ]

  @Test func countsWordsAndPhrasesByHand() {
    // Positive units: radical ×3, mob ×3, radical mob ×3, stormed, hall, again, mob stormed,
    // radical mob stormed, stormed the hall (inner function words stay). "the radical", "a radical
    // mob", "mob stormed the", "the hall" start or end with a function word; "mob , again" crosses
    // punctuation. Negative units: mob, gathered, hall ×2, mob gathered, quiet, hall was quiet.
    let group = [
      "radical": 3, "mob": 3, "radical mob": 3, "stormed": 1, "hall": 1, "again": 1, "mob stormed": 1, "radical mob stormed": 1,
      "stormed the hall": 1,
    ]
    let rest = ["mob": 1, "gathered": 1, "hall": 2, "mob gathered": 1, "quiet": 1, "hall was quiet": 1]
    let candidates = CandidateExtractor(minimumCount: 1, minimumZ: -.infinity).candidates(in: units)
    // Ranked as FightinWords ranks those counts (only the group's terms: the rest's own have count 0).
    let expected = FightinWords().terms(group: group, rest: rest).filter { $0.count >= 1 }
    #expect(candidates.map(\.term) == expected)
    #expect(candidates.first?.term.term == "radical", "3 to 0; ties with \"radical mob\" go by term")
  }

  @Test func examplesComeFromTwoPositiveUnits() throws {
    let candidates = CandidateExtractor(minimumCount: 1, minimumZ: -.infinity).candidates(in: units)
    let phrase = try #require(candidates.first { $0.term.term == "radical mob" })
    #expect(phrase.wordCount == 2)
    #expect(phrase.examples == [.init(unit: 0, tokenRange: 1..<3), .init(unit: 2, tokenRange: 1..<3)])
    #expect(units[0].context(of: 1..<3, window: 1) == "the ⟦radical mob⟧ stormed …")
    #expect(units[2].context(of: 1..<3, window: 1) == "a ⟦radical mob⟧ , …")
  }

  @Test func filtersByCountScoreAndKnownEntries() {
    let counted = CandidateExtractor(minimumZ: -.infinity).candidates(in: units)
    #expect(Set(counted.map(\.term.term)) == ["radical", "mob", "radical mob"], "three or more positive uses")
    let fresh = CandidateExtractor(minimumZ: -.infinity).candidates(in: units, excluding: ["mob"])
    #expect(Set(fresh.map(\.term.term)) == ["radical", "radical mob"])
    let all = CandidateExtractor(minimumCount: 1, minimumZ: -.infinity).candidates(in: units)
    let median = all.map(\.term.z).sorted()[all.count / 2]
    let strict = CandidateExtractor(minimumCount: 1, minimumZ: median).candidates(in: units)
    #expect(strict.map(\.term) == all.map(\.term).filter { $0.z >= median })
    #expect(strict.count < all.count && !strict.isEmpty)
  }

  @Test func intensifiersAreNotFunctionWords() {
    let units = [CandidateUnit(tokens: ["very", "the", "never"], isPositive: true)]
    let terms = CandidateExtractor(minimumCount: 1, minimumZ: -.infinity).candidates(in: units).map(\.term.term)
    #expect(Set(terms) == ["very", "never", "very the never"])
  }
}
