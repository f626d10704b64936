import Foundation
import Testing
import SlantCore

/// One token counts once per family, in every count: a word that two categories of one family
/// list (`regime`, contested and loaded.negative) is one hit in the sentence, the totals, the
/// CSV and JSON Lines, the comparison and its loaded-language rate.
@Suite struct OneCountPerFamilyTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    regime | weight 1.5
    ideology
    [contested] Contested.
    regime -> government
    gender ideology -> gender identity
    [frame.political] Politics.
    regime
    [frame.security] Security.
    regime
    """, path: "t.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])
  let scored: ScoredDocument

  init() { scored = scorer.score(Document(id: DocumentID(path: "corpus/a.txt"), text: "The regime fell.", metadata: DocumentMetadata(outlet: "Daily"))) }

  @Test func theSentenceKeepsOneHitPerFamilyTheHeavierOfEqualLength() throws {
    let sentence = try #require(scored.sentences.first)
    let loaded = sentence.hits.filter { $0.family == .loaded }
    #expect(loaded.map(\.category) == ["loaded.negative"])
    // Frames tag one word with several frames by design.
    #expect(sentence.hits.filter { $0.family == .frames }.count == 2)
    #expect(sentence.familyCounts[.loaded] == 1)
  }

  @Test func theLongerPhraseOfOneFamilyWins() throws {
    let sentence = try #require(scorer.score(Document(id: DocumentID(path: "b.txt"), text: "They push gender ideology.")).sentences.first)
    #expect(sentence.hits.filter { $0.family == .loaded }.map(\.entry.term) == ["gender ideology"])
  }

  @Test func everyCountSaysOne() throws {
    #expect(scored.totals.families[.loaded] == 1)
    #expect(scored.totals.loadedLanguage == 1)
    let tally = DocumentTally(scored: scored)
    #expect(DocumentTally.loadedHits(tally.totals) == 1)
    #expect(tally.loadedOwnVoice + tally.loadedQuoted == 1)
    let comparison = FramingComparison(tallies: [tally])
    #expect(comparison.profiles.first?.loaded.events == 1)
    let rows = try CSVReader().rows(in: ScoreCSV.rows(scored))
    // document, outlet, date, sentence, start, end, text, label, reason, then the families from loaded.
    #expect(rows.map { $0.fields[9] } == ["1"])
    let line = ScoreJSONLines(entries: scorer.matcher.entries).lines(scored)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let hits = try #require(object["hits"] as? [[String: Any]])
    #expect(hits.filter { ($0["family"] as? String) == "loaded" || ["loaded.negative", "contested"].contains($0["category"] as? String) }.count == 1)
  }
}
