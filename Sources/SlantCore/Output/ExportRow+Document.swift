extension ExportRow {
  /// The rows of one document: one per annotation (re-anchored in memory when the text changed
  /// since it was annotated), and with `allSentences` one per sentence that has none, in text
  /// order; each with the scorer's finding for its sentence when `scored` is given.
  /// Sentences are split by `segmenter`, the one the scores were made with.
  public static func rows(
    for document: Document, sidecar: Sidecar?, allSentences: Bool, segmenter: SentenceSegmenter, scored: ScoredDocument? = nil
  ) -> [ExportRow] {
    let anchor = AnchorText(document, segmenter: segmenter)
    var annotations = sidecar?.annotations ?? []
    if let sidecar, sidecar.textFingerprint != anchor.fingerprint {
      annotations = Reanchorer().reanchor(sidecar, in: anchor).map(\.annotation)
    }
    var rows = annotations.map { annotation in
      let target = annotation.target
      return ExportRow(
        document: document.id.description, outlet: document.metadata.outlet, date: document.metadata.date,
        sentenceIndex: annotation.isOrphaned ? target.sentenceIndex : anchor.sentenceIndex(containingScalar: target.position.scalarStart),
        scalarStart: target.position.scalarStart, scalarEnd: target.position.scalarEnd, unit: target.unit, text: target.quote.exact,
        labels: annotation.labels, annotationID: annotation.id, annotator: annotation.annotator, note: annotation.note,
        origin: annotation.origin, isOrphaned: annotation.isOrphaned)
    }
    let annotated = Set(rows.filter { !$0.isOrphaned }.compactMap(\.sentenceIndex))
    for sentence in anchor.sentences where allSentences && !annotated.contains(sentence.index) {
      let range = anchor.offsets.scalarRange(utf8: sentence.utf8Range)
      rows.append(
        ExportRow(
          document: document.id.description, outlet: document.metadata.outlet, date: document.metadata.date, sentenceIndex: sentence.index,
          scalarStart: range.lowerBound, scalarEnd: range.upperBound, unit: .sentence, text: String(document.text(of: sentence.utf8Range))))
    }
    if let scored {
      for index in rows.indices {
        guard !rows[index].isOrphaned, let sentence = rows[index].sentenceIndex, scored.sentences.indices.contains(sentence) else { continue }
        rows[index].scorer = ScorerFinding(scored.sentences[sentence], in: document)
      }
    }
    return rows.sorted { ($0.scalarStart, $0.annotationID ?? "") < ($1.scalarStart, $1.annotationID ?? "") }
  }
}

extension ExportRow.ScorerFinding {
  /// The finding for one scored sentence of `document`.
  public init(_ sentence: ScoredSentence, in document: Document) {
    self.init(
      label: sentence.label, reason: sentence.reason,
      hits: sentence.hits.map { "\(document.text(of: $0.utf8Range)):\($0.category)" })
  }
}
