import Foundation
import SlantCore
import Testing
@testable import SlantCLI

/// A word that two categories of one family list (`regime`, contested and loaded.negative) is
/// one loaded hit in every part of the report: the outlet table, the document line and the chart.
@Suite struct HTMLOneCountTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Judging words.
    regime
    [contested] Contested words.
    regime -> government
    """, path: "lexicons/test.txt"
  ).lexicon

  @Test func theTableTheDocumentLineAndTheChartAllSayOne() throws {
    let scorer = Scorer(lexicons: [Self.lexicon])
    let document = Document(id: DocumentID(path: "corpus/a.txt"), text: "The regime fell.", metadata: DocumentMetadata(outlet: "Daily"))
    let scored = scorer.score(document)
    let tally = DocumentTally(scored: scored)
    let anchor = HTMLReport.anchor(for: document.id)
    let entry = HTMLReport.Entry(
      id: document.id, title: DocumentSectionRenderer.title(of: document), outlet: document.outlet, date: nil, totals: scored.totals,
      annotations: 0, anchor: anchor, section: DocumentSectionRenderer().render(scored, annotations: [], anchor: anchor))
    let report = HTMLReport(
      generated: Date(timeIntervalSince1970: 1_700_000_000), corpusPaths: ["corpus"], lexiconPaths: ["lexicons"], lexicons: [Self.lexicon],
      annotationsFolder: "annotations", hasSkippedInputs: false, entries: [entry], comparison: FramingComparison(tallies: [tally]))
    let page = try ParsedPage(HTMLReportWriter().page(report))
    let row = try #require(page.all("table", class: "outlets").first?.text)
    // Documents, sentences, the five support labels (one unsupported), then loaded hits.
    #expect(row.filter(\.isNumber).hasSuffix("11000101"), "\(row)")
    #expect(DocumentSectionRenderer.subtitle(of: document, totals: scored.totals, annotations: 0).contains("1 loaded"))
    let perThousand = 1000.0 / Double(tally.tokens)
    let bars = page.all("rect", class: "bar").compactMap { $0.attributes["data-value"].flatMap(Double.init) }
    #expect(bars.contains { abs($0 - perThousand) < 1e-9 }, "\(bars)")
  }
}
