import Testing
import SlantCore

/// A document's totals, summed with categories counted by table and index, are the totals that
/// adding its sentences one by one gives, also when two lexicon files fill the same category.
@Suite struct ScoreTotalsSummingTests {
  static let first = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    regime
    thugs
    [frame.security] Security.
    troops
    """, path: "first.txt"
  ).lexicon
  static let second = LexiconParser().parse(
    """
    [loaded.negative] Negative too.
    mob
    [hedges] Hedges.
    reportedly
    """, path: "second.txt"
  ).lexicon

  @Test func summingGivesWhatAddingSentenceBySentenceGives() {
    let scorer = Scorer(lexicons: [Self.first, Self.second])
    let text = "The regime sent troops. Thugs and a mob reportedly gathered. The mob left. Nothing else happened."
    let scored = scorer.score(Document(id: DocumentID(path: "a.txt"), text: text))
    var added = ScoreTotals()
    for sentence in scored.sentences { added.add(sentence) }
    let summed = ScoreTotals(summing: scored.sentences)
    #expect(summed == added)
    #expect(summed.categories["loaded.negative"] == 4)
    #expect(summed.categories["frame.security"] == 1)
    #expect(summed.sentences == 4)
    #expect(scored.totals == added)
  }
}
