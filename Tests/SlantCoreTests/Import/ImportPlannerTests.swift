import Foundation
import Testing
import SlantCore

@Suite struct ImportPlannerTests {
  let planner = ImportPlanner(defaultAnnotator: "importer")
  let anchor = ImportSamples.anchor
  let now = Date(timeIntervalSince1970: 1_800_000_000)

  func record(
    _ range: Range<Int>, quote: String? = nil, unit: AnnotationTarget.Unit? = nil, labels: [String] = ["loaded"], annotator: String? = "ana",
    id: String? = nil, line: Int = 1
  ) -> ImportedAnnotation {
    ImportedAnnotation(
      document: "corpus/café.txt", scalarStart: range.lowerBound, scalarEnd: range.upperBound, unit: unit, labels: labels, annotator: annotator,
      quote: quote.map { TextQuoteSelector(exact: $0) }, id: id, source: ImportSource(path: "in.jsonl", line: line))
  }

  @Test func newRecordsBecomeAnnotationsAndASecondImportAddsNothing() throws {
    let records = [
      record(28..<37, quote: "so-called", labels: ["scare-quote", "loaded"], annotator: "expert", id: "keep01"),
      record(5..<12, quote: "“talks”", annotator: nil, line: 2),
      record(28..<37, quote: "so-called", labels: ["loaded", "scare-quote"], annotator: "expert", line: 3),
    ]
    let empty = Sidecar(document: ImportSamples.id)
    let first = planner.plan(records, into: empty, text: anchor, now: now)
    #expect(first.added == 2)
    #expect(first.duplicates == 1)
    let added = first.decisions.compactMap(\.annotation)
    #expect(added.map(\.target.position.scalarRange) == [28..<37, 5..<12])
    #expect(added.map(\.target.quote.exact) == ["so-called", "“talks”"])
    #expect(added.map(\.target.unit) == [.span, .span])
    #expect(added.map(\.annotator) == ["expert", "importer"])
    #expect(added[0].id == "keep01")
    #expect(added.allSatisfy { $0.origin == .human && $0.created == now })
    #expect(first.decisions[2].description == "in.jsonl:3: already there as keep01")
    let saved = try empty.applying(first.edits, path: "s.json")
    #expect(saved.annotations.count == 2)
    #expect(saved.textFingerprint == anchor.fingerprint)
    let second = planner.plan(records, into: saved, text: anchor, now: now)
    #expect(second.edits.isEmpty)
    #expect(second.duplicates == 3)
  }

  @Test func aQuoteNotAtItsOffsetsIsReanchoredOrRejected() throws {
    let records = [
      record(10..<19, quote: "so-called", line: 1),
      record(28..<37, quote: "so-caled", labels: ["hedged"], line: 2),
      record(28..<37, quote: "a phrase from another article", line: 3),
      record(60..<70, line: 4),
    ]
    let plan = planner.plan(records, into: Sidecar(document: ImportSamples.id), text: anchor, now: now)
    #expect(plan.decisions.compactMap(\.annotation).map(\.target.position.scalarRange) == [28..<37, 28..<37])
    #expect(plan.reanchored == 2)
    #expect(plan.rejected == 2)
    let messages = plan.decisions.map(\.description).map { $0.replacingOccurrences(of: #"added [0-9a-f]{12}"#, with: "added ID", options: .regularExpression) }
    #expect(
      messages == [
        "in.jsonl:1: added ID; its text was not at 10-19 but at 28-37",
        "in.jsonl:2: added ID; its text 'so-caled' is nowhere exactly; placed on 'so-called' at 28-37 (1 edit apart)",
        "in.jsonl:3: text 'a phrase from another article' is not in the document (28-37 holds 'so-called')",
        "in.jsonl:4: offsets 60-70 run past the end of the text (62 code points)",
      ])
  }

  @Test func sentenceRecordsFitSlantsSentences() throws {
    let records = [
      record(24..<61, unit: nil, line: 1),
      record(0..<23, quote: "Café “talks” 🙂 stalled.", unit: nil, line: 2),
      record(28..<49, unit: .sentence, line: 3),
      record(0..<62, unit: .sentence, labels: ["hedged"], line: 4),
      record(28..<37, unit: nil, labels: ["hedged"], line: 5),
    ]
    let plan = planner.plan(records, into: Sidecar(document: ImportSamples.id), text: anchor, now: now)
    let targets = plan.decisions.map(\.annotation?.target)
    #expect(targets.map { $0?.unit } == [.sentence, .sentence, nil, .sentence, .span])
    #expect(targets.map { $0?.position.scalarRange } == [24..<61, 0..<23, nil, 24..<61, 28..<37])
    #expect(targets.map { $0?.sentenceIndex } == [1, 0, nil, 1, 1])
    #expect(plan.decisions[2].outcome == .duplicate(existingID: try #require(plan.decisions[0].annotation?.id)))
    guard case .reanchored(_, let reason) = plan.decisions[3].outcome else {
      Issue.record("a record over two sentences should be fitted to one")
      return
    }
    #expect(reason == "0-62 covers sentences 0-1; labelled sentence 1 (24-61)")
  }

  @Test func anIDAlreadyUsedForOtherContentIsNotOverwritten() throws {
    let existing = ImportSamples.annotation(28..<37, id: "taken1", labels: ["loaded"])
    let sidecar = ImportSamples.sidecar([existing])
    let plan = planner.plan([record(28..<37, quote: "so-called", labels: ["hedged"], id: "taken1")], into: sidecar, text: anchor, now: now)
    #expect(plan.edits.isEmpty)
    #expect(
      plan.decisions.map(\.description) == [
        "in.jsonl:1: the sidecar already has an annotation taken1 with other content; it was kept (clear the id to import this record as a new annotation)"
      ])
  }

  @Test func duplicatesAreFoundAgainstTheSidecarReanchoredToTheChangedText() throws {
    let existing = ImportSamples.annotation(28..<37, id: "old001", labels: ["scare-quote"])
    let stale = ImportSamples.sidecar([existing])
    let changed = AnchorText(Document(id: ImportSamples.id, text: "Update: " + ImportSamples.text), segmenter: SentenceSegmenter())
    let again = planner.plan([record(28..<37, quote: "so-called", labels: ["scare-quote"])], into: stale, text: changed, now: now)
    #expect(again.decisions.map(\.outcome) == [.duplicate(existingID: "old001")])
    #expect(again.edits.isEmpty)
    let new = planner.plan([record(46..<57, quote: "deal—agreed")], into: stale, text: changed, now: now)
    let updated = try stale.applying(new.edits, path: "s.json")
    #expect(updated.textFingerprint == changed.fingerprint)
    #expect(updated.annotations.map(\.target.position.scalarRange) == [36..<45, 46..<57])
  }

  @Test func aRecordWithoutLabelsIsRejected() {
    let plan = planner.plan([record(28..<37, labels: [])], into: Sidecar(document: ImportSamples.id), text: anchor, now: now)
    #expect(plan.decisions.map(\.description) == ["in.jsonl:1: the record has no labels"])
  }

  @Test func aQuoteWithoutAPositionIsFoundFromTheStart() {
    let quoteOnly = ImportedAnnotation(
      document: "corpus/café.txt", scalarStart: 0, scalarEnd: 0, labels: ["loaded"],
      quote: TextQuoteSelector(exact: "deal", prefix: "so-called ", suffix: "—agreed"), source: ImportSource(path: "w.json", line: 2))
    let plan = planner.plan([quoteOnly], into: Sidecar(document: ImportSamples.id), text: anchor, now: now)
    #expect(plan.added == 1)
    #expect(plan.decisions.first?.annotation?.target.position.scalarRange == 38..<42)
  }
}
