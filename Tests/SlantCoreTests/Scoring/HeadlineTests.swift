import Foundation
import SlantCore
import Testing

/// A document's title scored as a unit of its own, written first and marked in every output,
/// and counted apart from the body in comparisons.
@Suite struct HeadlineTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    brutal
    regime
    [attribution.neutral] Reporting.
    said
    """, path: "lexicons/t.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])
  static let body = "The talks ended. Officials said the regime was brutal.\n"

  func scored(title: String?) -> ScoredDocument {
    scorer.score(Document(id: DocumentID(path: "a.txt"), text: Self.body, metadata: DocumentMetadata(outlet: "Wire", title: title)))
  }

  @Test func theTitleIsScoredAsOneUnitWithOffsetsInTheTitle() throws {
    let sample = MarkedText("A ⟦brutal⟧ “⟦regime⟧”. It falls")
    let document = scored(title: "  " + sample.text + "\n")
    let headline = try #require(document.headline)
    #expect(headline.text == sample.text)
    #expect(headline.scored.sentence.utf8Range == 0..<sample.text.utf8.count)
    #expect(headline.scored.hits.map(\.utf8Range) == sample.ranges)
    // A headline's quotation marks quote someone (never scare quotes), here no one named.
    #expect(headline.scored.label == .vagueSource)
    #expect(document.sentences.count == 2 && document.totals.sentences == 2)
  }

  @Test(arguments: [nil, "", "  \n"] as [String?])
  func noTitleNoHeadline(title: String?) {
    #expect(scored(title: title).headline == nil)
  }

  @Test func jsonLinesStartWithTheHeadlineMarked() throws {
    let document = scored(title: "Zürich’s brutal regime")
    let lines = ScoreJSONLines(entries: scorer.matcher.entries).lines(document).split(separator: "\n")
    #expect(lines.count == 3)
    let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(first["headline"] as? Bool == true && first["sentence"] is NSNull)
    #expect(first["start"] as? Int == 0 && first["end"] as? Int == 22 && first["text"] as? String == "Zürich’s brutal regime")
    let hits = try #require(first["hits"] as? [[String: Any]])
    #expect(hits.map { [$0["start"] as? Int, $0["end"] as? Int] } == [[9, 15], [16, 22]])
    let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
    #expect(second["headline"] == nil && second["sentence"] as? Int == 0)
    var blocks: [UInt8] = []
    ScoreJSONLines(entries: scorer.matcher.entries).write(document, blockBytes: 1) { blocks += $0 }
    #expect(blocks == Array(ScoreJSONLines(entries: scorer.matcher.entries).lines(document).utf8))
  }

  @Test func csvStartsWithTheHeadlineRow() throws {
    let rows = try CSVReader().rows(in: ScoreCSV.rows(scored(title: "Zürich’s brutal regime")))
    #expect(rows.map { $0.fields[3] } == ["headline", "0", "1"])
    #expect(rows[0].fields[4...7] == ["0", "22", "Zürich’s brutal regime", "unsupported"])
    #expect(rows[0].fields[18] == "brutal:loaded.negative; regime:loaded.negative")
  }

  @Test func comparisonsCountHeadlinesApartAndOptionallyWithTheBody() throws {
    let document = scored(title: "A brutal regime")
    let apart = DocumentTally(scored: document)
    #expect(apart.totals.sentences == 2 && apart.loadedOwnVoice == 2 && apart.loadedQuoted == 0)
    #expect(DocumentTally.loadedHits(apart.totals) == 2)
    #expect(apart.headlineTotals.sentences == 1 && apart.headlineTotals.labels[.unsupported] == 1)
    let together = DocumentTally(scored: document, includingHeadline: true)
    #expect(together.totals.sentences == 3 && DocumentTally.loadedHits(together.totals) == 4 && together.loadedOwnVoice == 4 && together.tokens == apart.tokens + 3)
    let profile = try #require(FramingComparison(tallies: [apart]).profiles.first?.headlines)
    #expect(profile.headlines == 1 && profile.loadedHits == 2)
    #expect(profile.support.first { $0.label == "unsupported" }?.estimate.count == 1)
  }
}
