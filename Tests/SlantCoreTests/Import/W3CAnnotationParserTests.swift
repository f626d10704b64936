import Foundation
import Testing
import SlantCore

@Suite struct W3CAnnotationParserTests {
  let annotation = """
    {"id": "urn:slant:annotation:0a1b2c", "type": "Annotation", "motivation": "classifying",
     "created": "2023-11-14T22:13:20Z", "modified": "2023-11-15T08:00:00Z",
     "creator": {"type": "Person", "name": "Zoë"},
     "generator": {"type": "Software", "name": "slant"},
     "body": [{"type": "TextualBody", "purpose": "tagging", "value": "scare-quote"},
              {"type": "TextualBody", "purpose": "commenting", "value": "“so-called” distances"}],
     "target": {"source": "corpus/café.txt", "selector": [
       {"type": "TextPositionSelector", "start": 28, "end": 37},
       {"type": "TextQuoteSelector", "exact": "so-called", "prefix": "The ", "suffix": " deal"}]}}
    """

  @Test func aSingleAnnotationKeepsSelectorsBodiesAndProvenance() throws {
    let batch = try W3CAnnotationParser.parse(annotation, path: "w.json")
    #expect(batch.problems.isEmpty)
    let record = try #require(batch.annotations.first)
    #expect(record.document == "corpus/café.txt")
    #expect(record.scalarRange == 28..<37)
    #expect(record.quote == TextQuoteSelector(exact: "so-called", prefix: "The ", suffix: " deal"))
    #expect(record.labels == ["scare-quote"])
    #expect(record.note == "“so-called” distances")
    #expect(record.annotator == "Zoë")
    #expect(record.id == "0a1b2c")
    #expect(record.origin == .acceptedSuggestion(reason: ""))
    #expect(record.created?.timeIntervalSince1970 == 1_700_000_000)
    #expect(record.modified?.timeIntervalSince1970 == 1_700_035_200)
    #expect(record.unit == nil)
  }

  @Test func pagesArraysAndJSONLinesAreRead() throws {
    let flat = annotation.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    let forms = [
      "{\"type\": \"AnnotationPage\", \"items\": [\(annotation)]}",
      "[\(annotation)]",
      "{\"type\": \"AnnotationCollection\", \"first\": {\"items\": [\(annotation), \(annotation)]}}",
      flat + "\n" + flat + "\n",
    ]
    let counts = try forms.map { try W3CAnnotationParser.parse($0, path: "w.json").annotations.filter { $0.scalarRange == 28..<37 }.count }
    #expect(counts == [1, 1, 2, 2])
  }

  @Test func badItemsAreReportedWithTheirLines() throws {
    let page = """
      {"items": [
        {"body": {"purpose": "tagging", "value": "loaded"}, "target": {"source": "a.txt", "selector": {"type": "TextQuoteSelector", "exact": "deal"}}},
        {"body": {"purpose": "tagging", "value": "loaded"}, "target": "http://example.org/a"},
        {"body": {"purpose": "tagging", "value": "loaded"}, "target": {"source": "a.txt", "selector": {"type": "FragmentSelector", "value": "p1"}}},
        {"body": {"purpose": "commenting", "value": "nice"}, "target": {"source": "a.txt", "selector": {"type": "TextQuoteSelector", "exact": "x"}}},
        {"body": {"purpose": "tagging", "value": "loaded"}, "target": {"source": "a.txt", "selector":
          {"type": "TextPositionSelector", "start": 5, "end": 2}}}
      ]}
      """
    let batch = try W3CAnnotationParser.parse(page, path: "w.json")
    #expect(batch.annotations.map { $0.quote?.exact } == ["deal"])
    #expect(batch.annotations.first?.scalarRange == 0..<0)
    #expect(
      batch.problems.map(\.description) == [
        "w.json:3: the target must be an object with a source and selectors",
        "w.json:4: the target has neither a TextPositionSelector nor a TextQuoteSelector",
        "w.json:5: the annotation has no tagging body (no labels)",
        "w.json:7: the TextPositionSelector needs whole-number start and end, start below end",
      ])
  }
}
