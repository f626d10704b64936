import SlantCore
import SlantTerminal

/// The text view of `slant agree`: agreement per label, the scorer's precision and recall per
/// label, the entries people confirm least, and lexicon lines to paste.
struct AgreementTable {
  /// Entries listed in the per-entry table.
  static let listedEntries = 15
  var usesColor: Bool

  func render(_ report: AgreementReport) -> String {
    guard report.documents > 0 else { return "No annotations found: annotate with 'slant annotate' (or the shell) first.\n" }
    let people = report.annotators.count
    var text = bold("Agreement between annotators")
    text += " (\(people) annotator\(people == 1 ? "" : "s"): \(report.annotators.joined(separator: ", ")); \(report.documents) documents, \(report.sentences) sentences)\n"
    text += "  " + Figures.fitted("label", to: 26) + "items  observed   kappa   alpha\n"
    for row in report.agreement {
      text += "  " + Figures.fitted(row.label, to: 26) + "\(row.items)".leftPadded(to: 5)
      text += optional(row.observed).leftPadded(to: 10) + optional(row.kappa).leftPadded(to: 8) + optional(row.alpha).leftPadded(to: 8) + "\n"
    }
    if people < 2 { text += "  One annotator only: agreement needs a second person on the same documents.\n" }
    text += "\n" + bold("Scorer against people, sentences") + "\n" + accuracy(report.sentenceAccuracy)
    if !report.spanAccuracy.isEmpty { text += "\n" + bold("Scorer against people, spans by overlap") + "\n" + accuracy(report.spanAccuracy) }
    if !report.entries.isEmpty {
      text += "\n" + bold("Lexicon entries in annotated text") + " (fired, confirmed by people, precision)\n"
      for entry in report.entries.prefix(Self.listedEntries) {
        text += "  " + Figures.fitted("\(entry.term) (\(entry.category))", to: 34) + "\(entry.fired)".leftPadded(to: 4) + "\(entry.confirmed)".leftPadded(to: 5)
        text += Figures.percent(entry.precision).leftPadded(to: 6) + "  " + entry.location + "\n"
      }
    }
    if !report.misfires.isEmpty {
      text += "\n" + bold("Entries that misfire most") + ": candidates to drop, or weaken by pasting this over their line\n"
      for entry in report.misfires { text += "  # \(entry.location)\n  \(entry.weakenedLine)\n" }
    }
    if !report.suggestions.isEmpty {
      text += "\n" + bold("Phrases people labelled that no entry covers") + ": candidates to add\n"
      var category = ""
      for suggestion in report.suggestions.sorted(by: { ($0.category, -$0.count, $0.phrase) < ($1.category, -$1.count, $1.phrase) }) {
        if suggestion.category != category {
          category = suggestion.category
          text += "  # under [\(category)]\n"
        }
        text += "  \(suggestion.lexiconLine)\n"
      }
    }
    return text
  }

  private func accuracy(_ rows: [LabelAccuracy]) -> String {
    var text = "  " + Figures.fitted("label", to: 26) + "people scorer  precision  recall     F1\n"
    for row in rows {
      text += "  " + Figures.fitted(row.label, to: 26) + "\(row.reference)".leftPadded(to: 6) + "\(row.predicted)".leftPadded(to: 7)
      text += optional(row.precision).leftPadded(to: 11) + optional(row.recall).leftPadded(to: 8) + optional(row.f1).leftPadded(to: 7) + "\n"
    }
    return text
  }

  /// Two decimals, or `—` when the figure is undefined.
  private func optional(_ value: Double?) -> String {
    guard let value else { return "—" }
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let digits = abs(hundredths)
    return "\(sign)\(digits / 100).\(digits % 100 < 10 ? "0" : "")\(digits % 100)"
  }

  private func bold(_ text: String) -> String { ANSIStyle.bold.apply(text, enabled: usesColor) }
}
