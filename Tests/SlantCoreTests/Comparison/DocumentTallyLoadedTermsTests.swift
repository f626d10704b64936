import Testing
@testable import SlantCore

/// A document's loaded terms, counted by entry row before they are named, are those that
/// counting each loaded hit by its term and category gives, with entries from two lexicon
/// files in one category, the same term in both, and quoted hits.
@Suite struct DocumentTallyLoadedTermsTests {
  static let first = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    regime
    thugs
    [labels] Labels.
    militants
    """, path: "first.txt"
  ).lexicon
  static let second = LexiconParser().parse(
    """
    [loaded.negative] Negative too.
    regime
    mob
    """, path: "second.txt"
  ).lexicon

  @Test func loadedTermsAreTheLoadedHitsByTermAndCategory() {
    let scorer = Scorer(lexicons: [Self.first, Self.second])
    let text = """
      The regime sent thugs. A mob and militants gathered near the regime's offices. \
      "The regime is a mob," one resident said. The regime left. Nothing else happened.
      """
    let scored = scorer.score(Document(id: DocumentID(path: "a.txt"), text: text))
    var expected: [DocumentTally.TermKey: Int] = [:]
    var ownVoice = 0, quoted = 0
    for hit in scored.sentences.flatMap(\.hits) where DocumentTally.isLoadedLanguage(hit) {
      expected[DocumentTally.TermKey(term: hit.entry.term, category: hit.category), default: 0] += 1
      if hit.modifiers.contains(.quoted) { quoted += 1 } else { ownVoice += 1 }
    }
    let tally = DocumentTally(scored: scored)
    #expect(tally.loadedTerms == expected)
    #expect(tally.loadedOwnVoice == ownVoice)
    #expect(tally.loadedQuoted == quoted)
    // The possessive `regime's` is not the entry; the quotation's two hits are quoted.
    #expect(tally.loadedTerms[DocumentTally.TermKey(term: "regime", category: "loaded.negative")] == 3)
    #expect(tally.loadedTerms[DocumentTally.TermKey(term: "mob", category: "loaded.negative")] == 2)
    #expect(tally.loadedTerms[DocumentTally.TermKey(term: "thugs", category: "loaded.negative")] == 1)
    #expect(tally.loadedOwnVoice == 4 && tally.loadedQuoted == 2)
  }
}
