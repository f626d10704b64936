import Testing
import SlantCore

@Suite struct LabelStudioParserTests {
  /// Two tasks: spans (one counted in UTF-16 units, as Label Studio did before 2022), a choice, a
  /// note, a cancelled annotation, a prediction, and results that cannot be read.
  let export = """
    [
      {
        "id": 41,
        "data": {"text": "Café “talks” 🙂 stalled.\\nThe so-called deal—agreed—was signed.\\n"},
        "annotations": [
          {
            "completed_by": {"id": 2, "email": "ana@example.org"},
            "result": [
              {"from_name": "label", "to_name": "text", "type": "labels",
               "value": {"start": 5, "end": 12, "text": "“talks”", "labels": ["scare-quote"]}},
              {"from_name": "label", "to_name": "text", "type": "labels",
               "value": {"start": 29, "end": 38, "text": "so-called", "labels": ["loaded", "scare-quote"]}},
              {"from_name": "label", "to_name": "text", "type": "labels",
               "value": {"start": 40, "end": 44, "text": "deal", "labels": ["loaded"]}},
              {"from_name": "rel", "to_name": "text", "type": "relation", "value": {}},
              {"from_name": "comment", "to_name": "text", "type": "textarea", "value": {"text": ["checked twice"]}}
            ]
          },
          {"completed_by": 5, "was_cancelled": true, "result": [
              {"type": "labels", "value": {"start": 0, "end": 4, "text": "Café", "labels": ["loaded"]}}]}
        ],
        "predictions": [{"result": [{"type": "labels", "value": {"start": 0, "end": 4, "text": "Café", "labels": ["loaded"]}}]}]
      },
      {
        "id": 42,
        "data": {"sentence": "Officials said nothing."},
        "annotations": [{"completed_by": 7, "result": [
          {"type": "choices", "value": {"choices": ["neutral"]}},
          {"type": "labels", "value": {"start": 0, "labels": ["loaded"]}}
        ]}]
      },
      {"id": 43, "annotations": []}
    ]
    """

  @Test func spansChoicesAndNotesWithTheirAnnotators() throws {
    let batch = try LabelStudioParser.parse(export, path: "ls.json")
    #expect(batch.documents.map(\.name) == ["41", "42"])
    let first = batch.documents[0].annotations
    #expect(first.map(\.scalarRange) == [5..<12, 28..<37])
    #expect(first.map { $0.quote?.exact } == ["“talks”", "so-called"])
    #expect(first.map(\.labels) == [["scare-quote"], ["loaded", "scare-quote"]])
    #expect(first.allSatisfy { $0.annotator == "ana@example.org" && $0.note == "checked twice" && $0.unit == .span })
    #expect(first.map(\.source.line) == [9, 11])
    let second = try #require(batch.documents[1].annotations.first)
    #expect(batch.documents[1].text == "Officials said nothing.")
    #expect(second.unit == .sentence)
    #expect(second.scalarRange == 0..<23)
    #expect(second.labels == ["neutral"])
    #expect(second.annotator == "7")
    #expect(
      batch.problems.map(\.description) == [
        "ls.json:13: text 'deal' is not at 40-44, which holds 'al—a'",
        "ls.json:15: result type 'relation' is not imported (only labels, choices and textarea)",
        "ls.json:29: a labels result needs value.start, value.end and value.labels",
        "ls.json:32: a task needs a \"data\" object",
      ])
  }

  @Test func brokenJSONIsRefusedWithItsLine() {
    #expect(throws: ImportError.malformedFile(path: "ls.json", line: 3, reason: "column 1: expected a string key")) {
      try LabelStudioParser.parse("[\n  {\"id\": 1,\n}\n]", path: "ls.json")
    }
  }
}
