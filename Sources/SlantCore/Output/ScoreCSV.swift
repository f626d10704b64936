/// Scored sentences as CSV, one row per sentence, through `CSVWriter` (RFC 4180): document,
/// outlet, date, sentence index, scalar start and end, text, label, reason, hit counts per
/// category family, the hits as `text:category` separated by `; `, the primary `frame` (without
/// its `frame.` prefix; empty when none), its `frame_probability` and `frame_basis` (`FrameBasis`), then one `probability.LABEL`
/// column for each label the scorer's model knows and the `probability_reason`. A document's
/// headline comes first, its sentence given as `headline` and its offsets counting in the title.
public enum ScoreCSV {
  /// The header row, for a scorer whose model knows `probabilityLabels`.
  public static func header(probabilityLabels: [String]) -> String {
    CSVWriter().row(
      ["document", "outlet", "date", "sentence", "start", "end", "text", "label", "reason"] + CategoryFamily.allCases.map(\.rawValue) + ["hits", "frame", "frame_probability", "frame_basis"]
        + probabilityLabels.map { "probability.\($0)" } + ["probability_reason"])
  }

  /// The rows of one scored document.
  public static func rows(_ scored: ScoredDocument, exact: Bool = false) -> String {
    let document = scored.document
    let offsets = ScalarOffsets(document.text)
    let writer = CSVWriter(guardsFormulas: !exact)
    var text = ""
    func row(_ sentence: ScoredSentence, index: String, in unitText: String, offsets: ScalarOffsets) {
      let range = offsets.scalarRange(utf8: sentence.sentence.utf8Range)
      let counts = sentence.familyCounts
      let hits = sentence.hits.map { "\(unitText.slice(utf8: $0.utf8Range)):\($0.category)" }.joined(separator: "; ")
      text += writer.row(
        [
          document.id.description, document.metadata.outlet ?? "", document.metadata.date ?? "", index, "\(range.lowerBound)",
          "\(range.upperBound)", String(unitText.slice(utf8: sentence.sentence.utf8Range)), sentence.label.rawValue, sentence.reason,
        ] + CategoryFamily.allCases.map { "\(counts[$0] ?? 0)" } + [hits, sentence.frame?.name ?? "", sentence.frame.map { "\(ProbabilityReason.rounded($0.probability))" } ?? "", sentence.frame?.basis.rawValue ?? ""]
          + sentence.probabilities.map { "\(ProbabilityReason.rounded($0.probability))" } + [ProbabilityReason.text(sentence.probabilities)])
    }
    if let headline = scored.headline { row(headline.scored, index: "headline", in: headline.text, offsets: ScalarOffsets(headline.text)) }
    for sentence in scored.sentences { row(sentence, index: "\(sentence.sentence.index)", in: document.text, offsets: offsets) }
    return text
  }
}
