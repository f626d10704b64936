import Foundation
import Testing
import SlantCore

@Suite struct ExportTests {
  let tricky = ["plain", "a, b", "say \"no\"", "two\nlines", "cr\r\nlf", "=SUM(A1)", "+1", "-x", "@cmd", "Zürich — “naïve” 東京 🙂", ""]

  func row(note: String) -> ExportRow {
    ExportRow(
      document: "seeds/a.txt", outlet: "O, Inc", date: "2022-02-23", sentenceIndex: 3, scalarStart: 10, scalarEnd: 20, unit: .span,
      text: note, labels: ["loaded", "frame.economic"], annotationID: "id1", annotator: "ann", note: note, origin: .acceptedSuggestion(reason: "lexicon: \(note)"))
  }

  @Test func csvReadsBackFieldByFieldWithFormulasDefused() throws {
    var table = ExportRow.table()
    table.rows = tricky.map { row(note: $0).values }
    let rows = try CSVReader().rows(in: table.csv())
    #expect(rows.count == tricky.count + 1)
    for (note, read) in zip(tricky, rows.dropFirst()) {
      let expected = row(note: note).values.map(\.csvText).map { text in
        text.first.map { "=+-@".contains($0) } == true && Double(text) == nil ? "'" + text : text
      }
      #expect(read.fields == expected)
    }
    #expect(rows[1].fields[8] == "loaded;frame.economic")
  }

  @Test func jsonLinesReadBackWithTypes() throws {
    var table = ExportRow.table()
    table.rows = tricky.map { row(note: $0).values }
    let lines = table.jsonLines().split(separator: "\n")
    for (note, line) in zip(tricky, lines) {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(object["note"] as? String == note)
      #expect(object["start"] as? Int == 10)
      #expect(object["labels"] as? [String] == ["loaded", "frame.economic"])
      #expect(object["origin"] as? String == "suggestion")
      #expect(object["orphaned"] as? Bool == false)
    }
  }

  @Test func outletCountsHaveAColumnPerLabelAndKeepUnknownOnes() {
    var counts = OutletLabelCounts()
    let annotation = Annotation(
      target: AnnotationTarget(unit: .sentence, position: TextPositionSelector(scalarStart: 0, scalarEnd: 1), quote: TextQuoteSelector(exact: "x"), sentenceIndex: 0),
      labels: ["loaded", "custom"], annotator: "a")
    counts.add(outlet: "Dawn", annotations: [annotation, annotation])
    counts.add(outlet: "Dawn", annotations: [])
    let table = counts.table(labels: LabelSet.standard)
    #expect(table.columns.prefix(4) == ["outlet", "documents", "annotations", "loaded"])
    #expect(table.columns.last == "custom")
    #expect(table.rows == [[.text("Dawn"), .integer(2), .integer(2), .integer(2)] + Array(repeating: .integer(0), count: 23) + [.integer(2)]])
  }

  @Test func bratSplitsSpansAtLineBreaksAndDeclaresTypes() {
    let text = AnchorText(Document(id: DocumentID(path: "a.txt"), text: "Headline\n\nFirst line.\n"), segmenter: SentenceSegmenter())
    let annotation = Annotation(
      target: text.target(utf8Range: 0..<21, unit: .span),
      labels: ["frame.economic"], note: "a\nb\tc\\d", annotator: "a")
    #expect(
      BratWriter.standoff(for: [annotation], in: text)
        == "T1\tframe_economic 0 8;10 21\tHeadline First line.\nA1\tAnnotator T1 a\n#1\tAnnotatorNotes T1\ta\\nb\\tc\\\\d\n")
    #expect(BratWriter.configuration(labels: ["loaded", "frame.economic"]).hasPrefix("[entities]\nloaded\nframe_economic\n"))
    #expect(BratWriter.configuration(labels: ["loaded"], annotators: ["ann", "bob lee"]).hasSuffix("[attributes]\nAnnotator Arg:<ENTITY>, Value:ann|bob_lee\n"))
  }

  @Test func bratKeepsEachLineOneAnnotationWhateverTheNoteHolds() {
    let text = AnchorText(Document(id: DocumentID(path: "a.txt"), text: "One sentence.\n"), segmenter: SentenceSegmenter())
    let annotation = Annotation(target: text.target(utf8Range: 0..<13, unit: .sentence), labels: ["loaded", "hedged"], note: "x\ty\r\nz", annotator: "ann")
    let lines = BratWriter.standoff(for: [annotation], in: text).split(separator: "\n")
    #expect(lines.count == 5)
    #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 || $0.hasPrefix("A") })
    #expect(lines.filter { $0.hasPrefix("A") } == ["A1\tAnnotator T1 ann", "A2\tAnnotator T2 ann"])
  }

  @Test func csvGuardsFormulasUnlessExact() {
    #expect(CSVWriter().row(["=1+1", "-3", "@x"]) == "'=1+1,-3,'@x\r\n")
    #expect(CSVWriter(guardsFormulas: false).row(["=1+1", "-3", "@x"]) == "=1+1,-3,@x\r\n")
    var table = ExportTable(columns: ["text"])
    table.rows = [[.text("=HYPERLINK(\"x\")")]]
    #expect(table.csv() == "text\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n")
    #expect(table.csv(exact: true) == "text\r\n\"=HYPERLINK(\"\"x\"\")\"\r\n")
    #expect(table.jsonLines() == "{\"text\":\"=HYPERLINK(\\\"x\\\")\"}\n", "JSON Lines are always exact")
  }

  @Test func w3cCollectionHasSelectorsAndBodies() throws {
    let text = AnchorText(Document(id: DocumentID(path: "a.txt"), text: "Zürich talks.\n"), segmenter: SentenceSegmenter())
    let annotation = Annotation(id: "x1", target: text.target(utf8Range: 8..<13, unit: .span), labels: ["loaded"], note: "n", annotator: "ann")
    let json = try W3CAnnotationWriter.json(for: [(DocumentID(path: "a.txt"), nil, [annotation])])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
    let collectionID = try #require(object["id"] as? String)
    #expect(collectionID.hasPrefix("urn:slant:collection:"))
    let page = try #require(object["first"] as? [String: Any])
    #expect(page["id"] as? String == collectionID + ":page:1" && page["partOf"] as? String == collectionID)
    let items = try #require(page["items"] as? [[String: Any]])
    #expect(items.first?["id"] as? String == "urn:slant:annotation:x1")
    let target = try #require(items.first?["target"] as? [String: Any])
    #expect(target["source"] as? String == "a.txt", "the path when no URL is known")
    let again = try W3CAnnotationWriter.json(for: [(DocumentID(path: "a.txt"), "https://example.org/a", [annotation])])
    let withURL = try #require(try JSONSerialization.jsonObject(with: Data(again.utf8)) as? [String: Any])
    #expect(withURL["id"] as? String == collectionID, "the same annotations, the same id")
    let source = ((withURL["first"] as? [String: Any])?["items"] as? [[String: Any]])?.first?["target"] as? [String: Any]
    #expect(source?["source"] as? String == "https://example.org/a")
    let selectors = try #require(target["selector"] as? [[String: Any]])
    #expect(selectors.first?["start"] as? Int == 7)
    #expect(selectors.last?["exact"] as? String == "talks")
    #expect((items.first?["body"] as? [[String: Any]])?.compactMap { $0["value"] as? String } == ["loaded", "n"])
  }
}
