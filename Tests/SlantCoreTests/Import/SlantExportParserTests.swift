import Testing
import SlantCore

@Suite struct SlantExportParserTests {
  @Test func jsonLinesRecordKeepsEveryField() throws {
    let line = #"{"document": "corpus/café.txt", "start": 28, "end": 37, "unit": "span", "labels": ["scare-quote", "loaded"], "annotator": "expert", "text": "so-called", "note": "“distancing”", "id": "abc123", "origin": "suggestion", "origin_reason": "lexicon: so-called", "scorer_hits": ["so-called:labels"], "agrees": null}"#
    let batch = SlantExportParser.jsonLines("\n" + line + "\n", path: "in.jsonl")
    #expect(batch.problems.isEmpty)
    let record = try #require(batch.annotations.first)
    #expect(record.document == "corpus/café.txt")
    #expect(record.scalarRange == 28..<37)
    #expect(record.unit == .span)
    #expect(record.labels == ["scare-quote", "loaded"])
    #expect(record.annotator == "expert")
    #expect(record.quote == TextQuoteSelector(exact: "so-called"))
    #expect(record.note == "“distancing”")
    #expect(record.id == "abc123")
    #expect(record.origin == .acceptedSuggestion(reason: "lexicon: so-called"))
    #expect(record.source == ImportSource(path: "in.jsonl", line: 2))
  }

  @Test func badJSONLinesRecordsAreReportedAndTheRestKept() {
    let text = """
      {"document": "a.txt", "start": 0, "end": 4, "labels": ["loaded"]}
      {"document": "a.txt", "start": 0, "end": 4, "labels": ["loaded"]
      {"document": "a.txt", "start": "zero", "end": 4, "labels": ["loaded"]}
      {"document": "a.txt", "start": 9, "end": 4, "labels": ["loaded"]}
      {"start": 0, "end": 4, "labels": ["loaded"]}
      [1, 2]
      {"document": "a.txt", "start": 0, "end": 4, "labels": ["loaded"], "unit": "paragraph"}
      {"document": "a.txt", "sentence": 0, "start": 0, "end": 23, "unit": "sentence", "labels": [], "id": null}
      {"document": "a.txt", "start": 5, "end": 9, "labels": ["hedged"]}
      """
    let batch = SlantExportParser.jsonLines(text, path: "x.jsonl")
    #expect(batch.annotations.map(\.source.line) == [1, 9])
    #expect(batch.unlabelledRecords == 1)
    #expect(
      batch.problems.map(\.description) == [
        "x.jsonl:2: column 65: unexpected end of file; expected ',' or '}'",
        "x.jsonl:3: 'start' must be a whole number of code points, not 'zero'",
        "x.jsonl:4: offsets 9-4 do not make a range (start must be below end)",
        "x.jsonl:5: 'document' is missing",
        "x.jsonl:6: expected a JSON object, found an array",
        "x.jsonl:7: 'unit' must be sentence or span, not 'paragraph'",
      ])
  }

  @Test func csvUndoesFormulaDefusingAndSplitsLabels() throws {
    let csv =
      "document,outlet,date,sentence,start,end,unit,text,labels,id,annotator,note,origin,origin_reason,orphaned\r\n"
      + "corpus/café.txt,,,1,28,37,span,so-called,scare-quote;loaded,id1,ann,'=SUM(A1),human,,false\r\n"
      + "corpus/café.txt,,,0,0,23,sentence,\"Café “talks” 🙂 stalled.\",,,,,,,false\r\n"
      + "corpus/café.txt,,,1,x,37,span,so-called,loaded,id2,ann,,human,,false\r\n"
      + "corpus/café.txt,,,1,24,61,sentence,\"The so-called deal—agreed—was signed.\",unsupported,id3,ann,\"-3, said \"\"he\"\"\",human,,false\r\n"
      + "short,row\r\n"
    let batch = try SlantExportParser.csv(csv, path: "e.csv")
    #expect(batch.annotations.map(\.labels) == [["scare-quote", "loaded"], ["unsupported"]])
    #expect(batch.annotations.map(\.note) == ["=SUM(A1)", "-3, said \"he\""])
    #expect(batch.annotations.map(\.scalarRange) == [28..<37, 24..<61])
    #expect(batch.annotations.map(\.source.line) == [2, 5])
    #expect(batch.unlabelledRecords == 1)
    #expect(
      batch.problems.map(\.description) == [
        "e.csv:4: 'start' must be a whole number of code points, not 'x'", "e.csv:6: 2 fields where the header has 15",
      ])
  }

  @Test func csvWithoutANeededColumnIsRefusedWhole() {
    #expect(throws: ImportError.malformedFile(path: "e.csv", line: 1, reason: "the header has no 'labels' column")) {
      try SlantExportParser.csv("document,start,end\r\na.txt,0,4\r\n", path: "e.csv")
    }
  }

  @Test func windowsLineEndsAndAByteOrderMarkAreAccepted() {
    let text = "\u{FEFF}{\"document\": \"a.txt\", \"start\": 0, \"end\": 4, \"labels\": [\"loaded\"]}\r\n\r\n{\"document\": \"a.txt\", \"start\": 1, \"end\": 4, \"labels\": [\"hedged\"]}\r\n"
    let batch = SlantExportParser.jsonLines(text, path: "x.jsonl")
    #expect(batch.problems.isEmpty)
    #expect(batch.annotations.map(\.source.line) == [1, 3])
  }
}
