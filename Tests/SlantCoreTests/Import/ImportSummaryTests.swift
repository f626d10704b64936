import Testing
import SlantCore

@Suite struct ImportSummaryTests {
  @Test func countsPlansAndFilesIntoOneLine() {
    let anchor = ImportSamples.anchor
    let source = ImportSource(path: "in.jsonl", line: 1)
    let records = [
      ImportedAnnotation(document: "d", scalarStart: 28, scalarEnd: 37, labels: ["loaded"], quote: TextQuoteSelector(exact: "so-called"), source: source),
      ImportedAnnotation(document: "d", scalarStart: 0, scalarEnd: 9, labels: ["hedged"], quote: TextQuoteSelector(exact: "deal—agreed"), source: source),
      ImportedAnnotation(document: "d", scalarStart: 0, scalarEnd: 9, labels: ["hedged"], quote: TextQuoteSelector(exact: "nowhere"), source: source),
    ]
    let planner = ImportPlanner(defaultAnnotator: "ana")
    let plan = planner.plan(records + [records[0]], into: Sidecar(document: ImportSamples.id), text: anchor)
    var summary = ImportSummary()
    var batch = ImportBatch(format: .exportJSONLines)
    batch.problems = [ImportProblem(source: source, reason: "bad")]
    batch.unlabelledRecords = 2
    summary.add(batch, dropped: 1)
    summary.add(plan)
    summary.add(planner.plan([], into: Sidecar(document: ImportSamples.id), text: anchor))
    #expect(
      summary.description
        == "imported 2 annotations into 1 document (1 re-anchored); 1 already there; 1 dropped by --map; 2 rows without labels ignored; skipped 2 (reasons above)")
  }
}
