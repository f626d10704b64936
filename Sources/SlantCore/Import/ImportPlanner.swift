import Foundation

/// Decides, without touching any file, how imported records join one document's sidecar.
///
/// Merge, never overwrite: each record becomes a new annotation keeping its annotator, labels,
/// note and (from Slant's own exports) its id and origin; one with the same target, labels and
/// annotator as an annotation already there (or earlier in the import) is a duplicate, so
/// importing the same file twice adds nothing. A record whose quoted text is not at its offsets
/// is re-anchored as sidecars are (the exact quote nearest its offsets, else a close fuzzy
/// match) or rejected with the reason. A sentence-unit record is fitted to the sentence of the
/// text that holds most of it; a record of unknown unit is a sentence when its range is exactly
/// a sentence, else a span. Comparisons are made against the sidecar re-anchored to the text.
public struct ImportPlanner: Sendable {
  /// The annotator of records whose format names none (brat, most doccano files).
  public var defaultAnnotator: String
  public var reanchorer: Reanchorer

  public init(defaultAnnotator: String, reanchorer: Reanchorer = Reanchorer()) {
    self.defaultAnnotator = defaultAnnotator
    self.reanchorer = reanchorer
  }

  /// The plan for `records`, all about the document whose text is `text` and sidecar `sidecar`.
  /// - Parameter now: the creation time of records that carry none.
  public func plan(_ records: [ImportedAnnotation], into sidecar: Sidecar, text: AnchorText, now: Date = Annotation.now()) -> ImportPlan {
    let (reanchoring, results) = reanchorer.edits(reanchoring: sidecar, in: text)
    var present = results.isEmpty ? sidecar.annotations : results.map(\.annotation)
    let existingIDs = Set(present.map(\.id))
    var decisions: [ImportDecision] = []
    var adds: [AnnotationEdit] = []
    for record in records {
      let decision = ImportDecision(record: record, outcome: decide(record, present: present, existingIDs: existingIDs, text: text, now: now))
      if let annotation = decision.annotation {
        present.append(annotation)
        adds.append(.add(annotation))
      }
      decisions.append(decision)
    }
    return ImportPlan(decisions: decisions, edits: adds.isEmpty ? [] : reanchoring + adds)
  }

  private func decide(
    _ record: ImportedAnnotation, present: [Annotation], existingIDs: Set<String>, text: AnchorText, now: Date
  ) -> ImportDecision.Outcome {
    guard !record.labels.isEmpty else { return .rejected(reason: "the record has no labels") }
    var remarks: [String] = []
    let placed: Range<Int>
    switch place(record, in: text) {
    case .success(let found):
      placed = found.range
      remarks += found.remark.map { [$0] } ?? []
    case .failure(let fault): return .rejected(reason: fault.reason)
    }
    let unit = record.unit ?? (text.sentences.contains { text.offsets.scalarRange(utf8: $0.utf8Range) == placed } ? .sentence : .span)
    let target: AnnotationTarget
    if unit == .sentence {
      guard let fitted = sentence(for: placed, in: text) else {
        return .rejected(reason: "no sentence of the text lies at \(placed.lowerBound)-\(placed.upperBound) (outside the article's body?)")
      }
      remarks += fitted.remark.map { [$0] } ?? []
      target = text.target(scalarRange: fitted.range, unit: .sentence)
    } else {
      target = text.target(scalarRange: placed, unit: .span)
    }
    let annotator = record.annotator.flatMap { $0.isEmpty ? nil : $0 } ?? defaultAnnotator
    if let same = present.first(where: {
      $0.target.unit == target.unit && $0.target.position == target.position && Set($0.labels) == Set(record.labels) && $0.annotator == annotator
    }) {
      return .duplicate(existingID: same.id)
    }
    if let id = record.id, present.contains(where: { $0.id == id }) {
      let whose = existingIDs.contains(id) ? "the sidecar already has an annotation" : "an earlier record of this import has the id"
      return .rejected(reason: "\(whose) \(id) with other content; it was kept (clear the id to import this record as a new annotation)")
    }
    let created = record.created ?? now
    let annotation = Annotation(
      id: record.id ?? Annotation.newID(), target: target, labels: record.labels, note: record.note, annotator: annotator, created: created,
      modified: record.modified ?? created, origin: record.origin ?? .human)
    return remarks.isEmpty ? .added(annotation) : .reanchored(annotation, reason: remarks.joined(separator: "; "))
  }

  /// A code-point range and, when it is not where the record said, what moved.
  private struct Placement {
    var range: Range<Int>
    var remark: String?
  }

  /// Where `record` lies in `text`: at its offsets when its quote (if any) is there, else where
  /// the re-anchorer finds the quote.
  private func place(_ record: ImportedAnnotation, in text: AnchorText) -> Result<Placement, RecordFault> {
    let range = record.scalarRange
    guard let quote = record.quote, !quote.exact.isEmpty else {
      guard !range.isEmpty else { return .failure(RecordFault("offsets \(record.scalarStart)-\(record.scalarEnd) do not make a range")) }
      guard range.upperBound <= text.scalarCount else {
        return .failure(RecordFault("offsets \(range.lowerBound)-\(range.upperBound) run past the end of the text (\(text.scalarCount) code points)"))
      }
      return .success(Placement(range: range))
    }
    let position = TextPositionSelector(scalarStart: range.lowerBound, scalarEnd: range.upperBound)
    let probe = Annotation(
      id: "import", target: AnnotationTarget(unit: .span, position: position, quote: quote, sentenceIndex: nil), labels: record.labels, annotator: "")
    let result = reanchorer.reanchor(probe, in: text)
    let found = result.annotation.target.position.scalarRange
    let said = "\(record.scalarStart)-\(record.scalarEnd)"
    switch result.outcome {
    case .kept: return .success(Placement(range: found))
    case .moved where range.isEmpty: return .success(Placement(range: found))  // a quote without a position
    case .moved: return .success(Placement(range: found, remark: "its text was not at \(said) but at \(found.lowerBound)-\(found.upperBound)"))
    case .fuzzy(let edits):
      let there = CarriedText.clipped(result.annotation.target.quote.exact)
      let apart = "\(edits) edit\(edits == 1 ? "" : "s") apart"
      return .success(
        Placement(
          range: found,
          remark: "its text '\(CarriedText.clipped(quote.exact))' is nowhere exactly; placed on '\(there)' at \(found.lowerBound)-\(found.upperBound) (\(apart))"))
    case .orphaned:
      let there = text.text(scalarRange: range).map { "\(said) holds '\(CarriedText.clipped(String($0)))'" } ?? "\(said) runs past the end of the text"
      return .failure(RecordFault("text '\(CarriedText.clipped(quote.exact))' is not in the document (\(there))"))
    }
  }

  /// The sentence holding most of `range`, and a remark when the range is not just that sentence.
  private func sentence(for range: Range<Int>, in text: AnchorText) -> Placement? {
    guard let utf8Range = text.offsets.utf8Range(scalar: range) else { return nil }
    let overlapping = text.sentences.filter { $0.utf8Range.overlaps(utf8Range) }
    guard let best = overlapping.max(by: { $0.utf8Range.clamped(to: utf8Range).count < $1.utf8Range.clamped(to: utf8Range).count }) else {
      return nil
    }
    let sentenceRange = text.offsets.scalarRange(utf8: best.utf8Range)
    guard overlapping.count > 1 || text.text(scalarRange: range)?.trimmingSpaces != text.text(scalarRange: sentenceRange).map(String.init) else {
      return Placement(range: sentenceRange)
    }
    let covered = overlapping.count > 1 ? "sentences \(overlapping.first!.index)-\(overlapping.last!.index)" : "part of sentence \(best.index)"
    return Placement(
      range: sentenceRange,
      remark: "\(range.lowerBound)-\(range.upperBound) covers \(covered); labelled sentence \(best.index) (\(sentenceRange.lowerBound)-\(sentenceRange.upperBound))")
  }
}
