import Foundation
import SlantCore
import Testing
@testable import SlantCLI
import SlantTerminal

@Suite struct HTMLReportTests {
  static let hostile = "<script>alert(1)</script>"
  static let attributeBreak = "\"><img src=x onerror=alert(1)>"

  static let lexicon: Lexicon = {
    let text = """
      [loaded.negative] Words that judge.
      regime -> government | note implies <illegitimacy>
      [hedge] Softeners.
      reportedly
      """
    return LexiconParser().parse(text, path: "lexicons/test.txt").lexicon
  }()
  let scorer = Scorer(lexicons: [lexicon])

  let documents = [
    Document(
      id: DocumentID(path: "corpus/a.txt"), text: "The regime <script>alert(1)</script> fell. It reportedly \"><img src=x onerror=alert(1)> left.",
      metadata: DocumentMetadata(outlet: "Wire & Co <b>", date: "2024-01-02", title: "Title \"><img src=x onerror=alert(1)>", url: "javascript:alert(1)")),
    Document(
      id: DocumentID(path: "corpus/b.txt"), text: "Officials said the regime fell.",
      metadata: DocumentMetadata(outlet: "Daily", title: "Plain", url: "https://example.org/a?x=1&y=\"2\"")),
    Document(id: DocumentID(path: "corpus/feed.jsonl", fragment: "7 <x>"), text: "Nothing to see.", metadata: DocumentMetadata(outlet: "Daily")),
  ]

  func annotation(on document: Document, sentence: Int, note: String, labels: [String]) -> Annotation {
    let anchor = AnchorText(document, segmenter: SentenceSegmenter())
    return Annotation(
      target: anchor.target(utf8Range: anchor.sentences[sentence].utf8Range, unit: .sentence), labels: labels, note: note, annotator: "ann <o>",
      created: Date(timeIntervalSince1970: 1_700_000_000))
  }

  func page(annotations: [DocumentID: [Annotation]] = [:]) throws -> (bytes: [UInt8], parsed: ParsedPage) {
    var tallies: [DocumentTally] = []
    let entries = documents.map { document in
      let scored = scorer.score(document)
      tallies.append(DocumentTally(scored: scored))
      let anchor = HTMLReport.anchor(for: document.id)
      let own = annotations[document.id] ?? []
      return HTMLReport.Entry(
        id: document.id, title: DocumentSectionRenderer.title(of: document), outlet: document.outlet, date: document.metadata.date,
        totals: scored.totals, annotations: own.count, anchor: anchor,
        section: DocumentSectionRenderer().render(scored, annotations: own, anchor: anchor))
    }
    let report = HTMLReport(
      generated: Date(timeIntervalSince1970: 1_700_000_000), corpusPaths: ["corpus"], lexiconPaths: ["lexicons"], lexicons: [Self.lexicon],
      annotationsFolder: "annotations", hasSkippedInputs: false, entries: entries,
      comparison: FramingComparison(tallies: tallies))
    let bytes = HTMLReportWriter().page(report)
    return (bytes, try ParsedPage(bytes))
  }

  @Test func hostileTextRendersAsTextAndNeverAsMarkup() throws {
    let note = Self.hostile + " " + Self.attributeBreak
    let (bytes, page) = try page(annotations: [documents[0].id: [annotation(on: documents[0], sentence: 1, note: note, labels: ["loaded"])]])
    let html = String(decoding: bytes, as: UTF8.self)
    #expect(page.all("img").isEmpty)
    #expect(page.all("script").count == 1)
    #expect(page.all("script")[0].text == HTMLReportWriter.openTargetScript)
    #expect(!html.contains("<script>alert") && !html.contains("<img"))
    #expect(page.all("p", class: "text").map(\.text).contains("It reportedly " + Self.attributeBreak + " left."))
    #expect(page.all("p", class: "note").map(\.text) == [note])
    #expect(page.all("span", class: "doc-title").map(\.text).contains("Title " + Self.attributeBreak))
    #expect(page.elements.allSatisfy { $0.attributes.keys.allSatisfy { !$0.hasPrefix("on") } })
    #expect(page.all("mark").contains { $0.attributes["title"]?.contains("more neutral: government; note: implies <illegitimacy>") == true })
  }

  @Test func onlyWebAddressesBecomeLinks() throws {
    let links = try page().parsed.all("a").compactMap { $0.attributes["href"] }.filter { !$0.hasPrefix("#") }
    #expect(links == ["https://example.org/a?x=1&y=\"2\""])
  }

  @Test func everyOutletAndDocumentHasAContentsLinkAndACollapsedSection() throws {
    let page = try page().parsed
    for document in documents {
      let anchor = HTMLReport.anchor(for: document.id)
      let section = try #require(page.element(id: anchor))
      #expect(section.name == "details" && section.attributes["open"] == nil)
      #expect(page.all("a").contains { $0.attributes["href"] == "#" + anchor })
      #expect(section.text.contains(document.id.description))
    }
    #expect(Set(documents.map { HTMLReport.anchor(for: $0.id) }).count == documents.count)
    #expect(page.all("details", class: "outlet-index").map(\.text).map { $0.prefix { $0 != "(" } } == ["Daily ", "Wire & Co <b> "])
    let rows = page.all("table", class: "outlets").first?.text ?? ""
    #expect(rows.contains("Wire & Co <b>") && rows.contains("Daily"))
  }

  @Test func hitsAreMarkedByFamilyWithATextMarkerAndFocusable() throws {
    let marks = try page().parsed.all("mark", class: "hit").filter { $0.attributes["tabindex"] == "0" }
    #expect(marks.map(\.text) == ["regime", "reportedly", "regime"])
    #expect(marks.map(\.classes) == [["hit", "f-loaded"], ["hit", "f-hedges"], ["hit", "f-loaded"]])
    #expect(marks.map { $0.attributes["data-marker"] } == ["L", "H", "L"])
    #expect(marks[0].attributes["title"]?.hasPrefix("loaded.negative (loaded language): regime, lexicons/test.txt:2") == true)
  }

  @Test func eachSentenceShowsItsLabelWithTheReasonAndThePeoplesAnnotationsBeside() throws {
    let scored = scorer.score(documents[0])
    let own = annotation(on: documents[0], sentence: 0, note: "Strong word.", labels: ["attributed", "frame.security"])
    let page = try page(annotations: [documents[0].id: [own]]).parsed
    let section = try #require(page.element(id: HTMLReport.anchor(for: documents[0].id)))
    let sentences = page.all("li", class: "sentence").filter { $0.attributes["id"]?.hasPrefix(HTMLReport.anchor(for: documents[0].id)) == true }
    #expect(sentences.count == scored.sentences.count)
    #expect(page.all("p", class: "reason").map(\.text).prefix(2) == scored.sentences.map(\.reason)[...])
    #expect(section.text.contains("Strong word.") && section.text.contains("ann <o>, 2023-11-14"))
    #expect(scored.sentences[0].label == .unsupported)
    #expect(page.all("span", class: "disagrees").map(\.text) == ["differs from the scorer's unsupported"])
    #expect(page.all("span", class: "human-label").map(\.text) == ["attributed", "frame.security"])
  }

  @Test func orphanedAnnotationsAreKeptInTheirOwnList() throws {
    var orphan = annotation(on: documents[1], sentence: 0, note: "Lost text", labels: ["loaded"])
    orphan.isOrphaned = true
    let page = try page(annotations: [documents[1].id: [orphan]]).parsed
    #expect(page.all("ul", class: "orphaned").map(\.text).first?.contains("Lost text") == true)
    #expect(page.all("li", class: "sentence").allSatisfy { !$0.text.contains("Lost text") })
  }

  @Test func sourcesListEveryLexiconCategoryWithItsEntryCountAndTheDate() throws {
    let page = try page().parsed
    let rows = page.all("table", class: "lexicons").first.map { _ in page.all("tr").map(\.text) } ?? []
    #expect(rows.contains("lexicons/test.txtloaded.negativeLoaded languageWords that judge.1"))
    #expect(rows.contains("lexicons/test.txthedgeHedgesSofteners.1"))
    #expect(page.all("dd").map(\.text).contains("2023-11-14 22:13 UTC"))
    #expect(page.all("title").first?.text == "Slant report: 3 documents from 2 outlets")
  }

  @Test func pageNeedsNothingFromTheNetwork() throws {
    let (bytes, page) = try page()
    let html = String(decoding: bytes, as: UTF8.self)
    #expect(page.all("link").isEmpty && page.all("img").isEmpty && page.all("iframe").isEmpty)
    #expect(page.all("script").allSatisfy { $0.attributes["src"] == nil })
    #expect(!html.contains("@import") && !html.contains("url("))
  }
}
