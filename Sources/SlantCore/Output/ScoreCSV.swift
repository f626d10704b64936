/// Scored sentences as CSV, one row per sentence, through `CSVWriter` (RFC 4180): document,
/// outlet, date, sentence index, scalar start and end, text, label, reason, hit counts per
/// category family, the hits as `text:category` separated by `; `, then one `probability.LABEL`
/// column for each label the scorer's model knows and the `probability_reason`.
public enum ScoreCSV {
  /// The header row, for a scorer whose model knows `probabilityLabels`.
  public static func header(probabilityLabels: [String]) -> String {
    CSVWriter().row(
      ["document", "outlet", "date", "sentence", "start", "end", "text", "label", "reason"] + CategoryFamily.allCases.map(\.rawValue) + ["hits"]
        + probabilityLabels.map { "probability.\($0)" } + ["probability_reason"])
  }

  /// The rows of one scored document.
  public static func rows(_ scored: ScoredDocument, exact: Bool = false) -> String {
    let document = scored.document
    let offsets = ScalarOffsets(document.text)
    let writer = CSVWriter(guardsFormulas: !exact)
    var text = ""
    for sentence in scored.sentences {
      let range = offsets.scalarRange(utf8: sentence.sentence.utf8Range)
      let counts = sentence.familyCounts
      let hits = sentence.hits.map { "\(document.text(of: $0.utf8Range)):\($0.category)" }.joined(separator: "; ")
      text += writer.row(
        [
          document.id.description, document.metadata.outlet ?? "", document.metadata.date ?? "", "\(sentence.sentence.index)", "\(range.lowerBound)",
          "\(range.upperBound)", String(document.text(of: sentence.sentence.utf8Range)), sentence.label.rawValue, sentence.reason,
        ] + CategoryFamily.allCases.map { "\(counts[$0] ?? 0)" } + [hits]
          + sentence.probabilities.map { "\(ProbabilityReason.rounded($0.probability))" } + [ProbabilityReason.text(sentence.probabilities)])
    }
    return text
  }
}
