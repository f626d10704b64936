import Testing
import SlantCore

@Suite struct LabelMapperTests {
  func record(_ labels: [String], line: Int) -> ImportedAnnotation {
    ImportedAnnotation(document: "a.txt", scalarStart: 0, scalarEnd: 4, labels: labels, source: ImportSource(path: "in.jsonl", line: line))
  }

  @Test func mapsDropsAndRecognisesBratTypeNames() throws {
    let mapper = try LabelMapper(labels: .standard, pairs: ["biased=loaded", "non-biased=", " Loaded = loaded "])
    let (records, unknown, dropped) = mapper.map([
      record(["biased", "loaded", "frame_economic"], line: 1),
      record(["non-biased"], line: 2),
      record(["Loaded", "hedged"], line: 3),
    ])
    #expect(records.map(\.labels) == [["loaded", "frame.economic"], ["loaded", "hedged"]])
    #expect(records.map(\.source.line) == [1, 3])
    #expect(dropped == 1)
    #expect(unknown.isEmpty)
  }

  @Test func unknownLabelsAreReportedOnceEachWithASuggestion() {
    let (records, unknown, _) = LabelMapper(labels: .standard).map([
      record(["lodaed"], line: 4),
      record(["loaded", "lodaed"], line: 5),
      record(["sarcasm"], line: 9),
    ])
    #expect(records.map(\.labels) == [["lodaed"], ["loaded", "lodaed"], ["sarcasm"]])
    #expect(
      unknown.map(\.description) == [
        "in.jsonl:4: unknown label 'lodaed' (2 records); did you mean 'loaded'? map it with --map 'lodaed=LABEL' or add it to the labels file",
        "in.jsonl:9: unknown label 'sarcasm' (1 record); map it with --map 'sarcasm=LABEL' or add it to the labels file",
      ])
  }

  @Test(arguments: ["loaded", "=loaded"])
  func aPairWithoutOldOrEqualsIsRefused(pair: String) {
    #expect(throws: ImportError.malformedMapping(pair)) { try LabelMapper(labels: .standard, pairs: [pair]) }
  }
}
