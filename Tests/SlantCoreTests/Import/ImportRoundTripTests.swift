import Foundation
import Testing
import SlantCore

/// Export → import → export gives the same file for every format, and importing an export back
/// into the sidecars it came from adds nothing.
@Suite struct ImportRoundTripTests {
  let document = ImportSamples.document
  let anchor = ImportSamples.anchor
  let annotations = [
    ImportSamples.annotation(5..<12, id: "a00000000001", labels: ["frame.economic"], origin: .acceptedSuggestion(reason: "lexicon: talks")),
    ImportSamples.annotation(24..<61, unit: .sentence, id: "a00000000002", labels: ["unsupported"], note: "no source, “none”"),
    ImportSamples.annotation(28..<37, id: "a00000000003", labels: ["scare-quote", "loaded"], note: "=distancing"),
  ]
  var sidecar: Sidecar { ImportSamples.sidecar(annotations) }
  let planner = ImportPlanner(defaultAnnotator: "ana")
  let mapper = LabelMapper(labels: .standard)

  /// The sidecar made by importing `records` into an empty one.
  func imported(_ records: [ImportedAnnotation]) throws -> Sidecar {
    let plan = planner.plan(mapper.map(records).records, into: Sidecar(document: ImportSamples.id), text: anchor)
    #expect(plan.rejected == 0)
    return try Sidecar(document: ImportSamples.id).applying(plan.edits, path: "s.json")
  }

  func jsonLines(_ sidecar: Sidecar) -> String {
    var table = ExportRow.table()
    table.rows = ExportRow.rows(for: document, sidecar: sidecar, allSentences: true, segmenter: SentenceSegmenter()).map(\.values)
    return table.jsonLines()
  }

  func csv(_ sidecar: Sidecar) -> String {
    var table = ExportRow.table()
    table.rows = ExportRow.rows(for: document, sidecar: sidecar, allSentences: true, segmenter: SentenceSegmenter()).map(\.values)
    return table.csv(excel: true)
  }

  /// What an export row carries of an annotation (export has no dates).
  func exported(_ annotation: Annotation) -> [String] {
    [annotation.id, "\(annotation.target)", "\(annotation.labels)", annotation.note ?? "-", annotation.annotator, "\(annotation.origin)"]
  }

  @Test func jsonLinesRoundTrip() throws {
    let text = jsonLines(sidecar)
    let batch = SlantExportParser.jsonLines(text, path: "export.jsonl")
    #expect(batch.problems.isEmpty)
    #expect(batch.annotations.map(\.document) == Array(repeating: "corpus/café.txt", count: 3))
    let back = try imported(batch.annotations)
    #expect(back.annotations.map(exported) == annotations.map(exported))
    #expect(jsonLines(back) == text)
    #expect(planner.plan(batch.annotations, into: sidecar, text: anchor).edits.isEmpty)
  }

  @Test func csvRoundTrip() throws {
    let text = csv(sidecar)
    let batch = try SlantExportParser.csv(text, path: "export.csv")
    #expect(batch.problems.isEmpty)
    let back = try imported(batch.annotations)
    #expect(back.annotations.map(exported) == annotations.map(exported))
    #expect(csv(back) == text)
    #expect(planner.plan(batch.annotations, into: sidecar, text: anchor).edits.isEmpty)
  }

  @Test func w3cRoundTripKeepsIDsDatesAndCreators() throws {
    let text = try W3CAnnotationWriter.json(for: [(ImportSamples.id, nil, annotations)])
    let batch = try W3CAnnotationParser.parse(text, path: "export.json")
    #expect(batch.problems.isEmpty)
    let back = try imported(batch.annotations)
    #expect(back.annotations.map(\.id) == annotations.map(\.id))
    #expect(back.annotations.map(\.target) == annotations.map(\.target))
    #expect(back.annotations.map(\.created) == annotations.map(\.created))
    #expect(try W3CAnnotationWriter.json(for: [(ImportSamples.id, nil, back.annotations)]) == text)
    #expect(planner.plan(batch.annotations, into: sidecar, text: anchor).edits.isEmpty)
  }

  @Test func bratRoundTripMapsTypeNamesBackToLabels() throws {
    let standoff = BratWriter.standoff(for: annotations, in: anchor)
    let batch = BratParser.parse(standoff, annotationPath: "out/corpus/café.ann", text: document.text, textPath: "out/corpus/café.txt")
    #expect(batch.problems.isEmpty)
    let back = try imported(batch.allAnnotations)
    #expect(back.annotations.map(\.labels) == annotations.map(\.labels))
    #expect(back.annotations.map(\.target) == annotations.map(\.target))
    #expect(back.annotations.map(\.note) == annotations.map(\.note))
    #expect(BratWriter.standoff(for: back.annotations, in: anchor) == standoff)
    #expect(planner.plan(mapper.map(batch.allAnnotations).records, into: sidecar, text: anchor).edits.isEmpty)
  }

  @Test func doccanoAndLabelStudioSpansLandOnTheSameTargetsAsSlants() throws {
    let doccano = #"{"text": "Café “talks” 🙂 stalled.\nThe so-called deal—agreed—was signed.\n", "label": [[28, 37, "scare-quote"], [28, 37, "loaded"]]}"#
    let studio = """
      [{"id": 1, "data": {"text": "Café “talks” 🙂 stalled.\\nThe so-called deal—agreed—was signed.\\n"}, "annotations": [{"completed_by": {"email": "ana"},
        "result": [{"type": "labels", "value": {"start": 28, "end": 37, "text": "so-called", "labels": ["scare-quote", "loaded"]}}]}]}]
      """
    let fromDoccano = DoccanoParser.parse(doccano, path: "d.jsonl").allAnnotations
    let fromStudio = try LabelStudioParser.parse(studio, path: "ls.json").allAnnotations
    let target = annotations[2].target
    for records in [fromDoccano, fromStudio] {
      let plan = planner.plan(records, into: Sidecar(document: ImportSamples.id), text: anchor)
      #expect(plan.decisions.compactMap(\.annotation).map(\.target) == Array(repeating: target, count: records.count))
    }
    #expect(planner.plan(fromStudio, into: sidecar, text: anchor).edits.isEmpty)
  }
}
