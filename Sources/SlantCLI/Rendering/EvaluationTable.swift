import Foundation
import SlantCore
import SlantTerminal

/// The text view of `slant eval` and of `slant lexicon learn`'s figures: each label's
/// precision, recall, F1, macro-F1 and Matthews correlation with 95% intervals, calibration,
/// the categories, spans and entries.
struct EvaluationTable {
  /// Entries listed in the text view; every entry is in the JSON and CSV.
  static let listedEntries = 15
  var usesColor: Bool

  func render(_ report: EvaluationReport) -> String {
    let evaluation = report.sentences
    var text = bold("The scorer against people") + ": \(evaluation.sentences) sentences in \(evaluation.documents) documents; decisions: \(report.decisions)\n"
    text += "Intervals: \(evaluation.method)\n\n"
    text += labels(evaluation)
    for label in evaluation.labels {
      guard let calibration = label.calibration, let brier = calibration.brierScore else { continue }
      text += "\n" + bold("Calibration of the probability of \(label.label)") + String(format: " (Brier %.3f; 0.25 is always saying 0.5)\n", brier)
      text += "  bin          sentences  predicted  observed\n"
      for bin in calibration.bins where bin.count > 0 {
        text += String(format: "  %.1f–%.1f", bin.lower, bin.upper) + "\(bin.count)".leftPadded(to: 13)
        text += (bin.meanPredicted.map { String(format: "%.2f", $0) } ?? "").leftPadded(to: 11)
        text += (bin.observedRate.map { String(format: "%.2f", $0) } ?? "").leftPadded(to: 10) + "\n"
      }
    }
    if !report.categories.isEmpty {
      text += "\n" + bold("Categories") + ": sentences where the category fired in the outlet's voice, against people's label\n"
      text += "  " + Figures.fitted("category → label", to: 36) + "precision".leftPadded(to: 18) + "recall".leftPadded(to: 18) + "F1".leftPadded(to: 18) + "\n"
      for category in report.categories {
        let figures = category.figures
        text += "  " + Figures.fitted("\(category.category) → \(category.label)", to: 36)
        text += [figures.precision, figures.recall, figures.f1].map { Self.estimate($0).leftPadded(to: 18) }.joined() + "\n"
      }
    }
    if !report.spans.isEmpty {
      text += "\n" + bold("Spans by overlap") + "\n"
      for span in report.spans {
        text += "  " + Figures.fitted(span.label, to: 20) + "precision " + Self.optional(span.precision) + "  recall " + Self.optional(span.recall)
        text += "  F1 " + Self.optional(span.f1) + "  (\(span.predicted) found, \(span.reference) marked)\n"
      }
    }
    if !report.entries.isEmpty {
      text += "\n" + bold("Entries") + ": people's confirmation rate, shrunk toward the category's (Beta-Binomial, 95% credible interval), most hits first\n"
      for entry in report.entries.prefix(Self.listedEntries) {
        let rate = entry.rate
        text += String(format: "  %.2f [%.2f–%.2f]", rate.mean, rate.lower, rate.upper) + "\(rate.evidence.confirmed)/\(rate.evidence.hits)".leftPadded(to: 8)
        text += "  " + (rate.isNoisy ? "NOISY " : "") + "\(entry.term) (\(entry.category))  \(entry.location)\n"
      }
      if report.entries.count > Self.listedEntries { text += "  … \(report.entries.count - Self.listedEntries) more in --format json or csv\n" }
    }
    return text
  }

  /// One row a label: how many sentences people gave it, then each figure with its interval.
  func labels(_ evaluation: ScorerEvaluation) -> String {
    var text = "  " + Figures.fitted("label", to: 16) + "people".leftPadded(to: 7)
    text += ["precision", "recall", "F1", "macro-F1", "MCC"].map { $0.leftPadded(to: 18) }.joined() + "\n"
    for label in evaluation.labels {
      let figures = label.figures
      text += "  " + Figures.fitted(label.label, to: 16) + "\(figures.counts.truePositives + figures.counts.falseNegatives)".leftPadded(to: 7)
      text += [figures.precision, figures.recall, figures.f1, figures.macroF1, figures.matthewsCorrelation].map { Self.estimate($0).leftPadded(to: 18) }.joined()
      text += "\n"
    }
    if evaluation.labels.count > 1 { text += "  macro-F1 over people's labels: " + Self.estimate(evaluation.macroF1) + "\n" }
    return text
  }

  /// `0.71 [0.68–0.74]`, or `n/a` when the figure is undefined.
  static func estimate(_ estimate: MetricEstimate) -> String {
    guard let value = estimate.value else { return "n/a" }
    guard let lower = estimate.lower, let upper = estimate.upper else { return String(format: "%.2f", value) }
    return String(format: "%.2f [%.2f–%.2f]", value, lower, upper)
  }

  static func optional(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "n/a" }

  private func bold(_ text: String) -> String { ANSIStyle.bold.apply(text, enabled: usesColor) }
}
