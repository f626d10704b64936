import Testing
import SlantCore

@Suite struct DoccanoParserTests {
  @Test func spanLabelsInCodePointsOfTheirText() throws {
    let text = """
      {"id": 7, "text": "Café “talks” 🙂 stalled.\\nThe so-called deal—agreed—was signed.\\n", "label": [[28, 37, "scare-quote"], [38, 49, "loaded"]], "user": 3}
      """
    let batch = DoccanoParser.parse(text, path: "d.jsonl")
    #expect(batch.problems.isEmpty)
    let document = try #require(batch.documents.first)
    #expect(document.name == "7")
    #expect(document.text == ImportSamples.text)
    #expect(document.annotations.map(\.scalarRange) == [28..<37, 38..<49])
    #expect(document.annotations.map { $0.quote?.exact } == ["so-called", "deal—agreed"])
    #expect(document.annotations.map(\.labels) == [["scare-quote"], ["loaded"]])
    #expect(document.annotations.allSatisfy { $0.annotator == "3" && $0.unit == .span && $0.document == "7" })
  }

  @Test func entitiesAndDocumentLabelsForms() throws {
    let text = """
      {"text": "So-called 🙂 deal.", "entities": [{"id": 1, "label": "loaded", "start_offset": 0, "end_offset": 9}]}
      {"document": "babe/17", "text": "  Officials “sort of” agreed.\\n", "label": ["biased", "hedged"], "annotator": "expert"}
      """
    let batch = DoccanoParser.parse(text, path: "d.jsonl")
    #expect(batch.problems.isEmpty)
    #expect(batch.documents.map(\.name) == ["1", "babe/17"])
    #expect(batch.documents[0].annotations.map { $0.quote?.exact } == ["So-called"])
    let whole = try #require(batch.documents[1].annotations.first)
    #expect(whole.unit == .sentence)
    #expect(whole.scalarRange == 2..<29)
    #expect(whole.quote?.exact == "Officials “sort of” agreed.")
    #expect(whole.labels == ["biased", "hedged"])
  }

  @Test func aBadSpanIsReportedAndItsNeighboursKept() {
    let text = """
      {"text": "abc 🙂 def", "label": [[0, 3, "loaded"], [6, 20, "loaded"], [7, "x", "loaded"], "oops", [6, 9, "hedged"]]}
      {"label": [[0, 1, "x"]]}
      not json
      """
    let batch = DoccanoParser.parse(text, path: "d.jsonl")
    #expect(batch.documents.first?.annotations.map { $0.quote?.exact } == ["abc", "def"])
    #expect(
      batch.problems.map(\.description) == [
        "d.jsonl:1: offsets 6-20 run past the end of the text (9 code points)",
        "d.jsonl:1: a span needs whole-number start and end offsets",
        "d.jsonl:1: each label must be [start, end, \"LABEL\"], not a string",
        "d.jsonl:2: 'text' is missing or not a string",
        "d.jsonl:3: column 1: expected a value",
      ])
  }

  @Test func escapedCharactersCountAsTheCodePointsTheyStandFor() throws {
    // A lone surrogate (\ud83d alone) is refused like any invalid JSON, so none is here.
    let text = #"{"text": "Caf\u00e9 \ud83d\ude42 \"so-called\" talks\u2026", "label": [[7, 18, "scare-quote"], [19, 24, "loaded"]]}"#
    let document = try #require(DoccanoParser.parse(text, path: "d.jsonl").documents.first)
    #expect(document.text == "Café 🙂 \"so-called\" talks…")
    #expect(document.annotations.map { $0.quote?.exact } == ["\"so-called\"", "talks"])
  }

  @Test func articlesGetAPathNamedForTheirFile() {
    let source = ImportSource(path: "downloads/babe.jsonl", line: 3)
    #expect(ImportedDocument(name: "17", text: "x", source: source).suggestedPath == "babe/17.txt")
    #expect(ImportedDocument(name: "../a/b", text: "x", source: source).suggestedPath == "babe/%2E.%2Fa%2Fb.txt")
  }
}
