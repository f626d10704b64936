/// `slant eval --format csv`: one row per figure, `scope,name,label,figure,value,lower,upper,no_interval`,
/// where scope is `sentences`, `category`, `span` or `entry`; for entries the figure is the
/// shrunk confirmation rate with its credible interval. `lower` and `upper` are empty when there
/// is no interval, and `no_interval` says why when the documents are too few for one.
public enum EvaluationCSV {
  public static func text(_ report: EvaluationReport) -> String {
    let writer = CSVWriter()
    var text = writer.row(["scope", "name", "label", "figure", "value", "lower", "upper", "no_interval"])
    func row(_ scope: String, _ name: String, _ label: String, _ figure: String, _ estimate: MetricEstimate) {
      text += writer.row([scope, name, label, figure, number(estimate.value), number(estimate.lower), number(estimate.upper), estimate.noInterval ?? ""])
    }
    func rows(_ scope: String, _ name: String, _ label: String, _ figures: ClassificationEstimate) {
      for (figure, estimate) in [
        ("precision", figures.precision), ("recall", figures.recall), ("f1", figures.f1), ("accuracy", figures.accuracy),
        ("macro_f1", figures.macroF1), ("mcc", figures.matthewsCorrelation),
      ] { row(scope, name, label, figure, estimate) }
    }
    for label in report.sentences.labels {
      rows("sentences", label.label, label.label, label.figures)
      if let brier = label.calibration?.brierScore { text += writer.row(["sentences", label.label, label.label, "brier", number(brier), "", "", ""]) }
    }
    row("sentences", "all labels", "", "macro_f1", report.sentences.macroF1)
    for category in report.categories { rows("category", category.category, category.label, category.figures) }
    for span in report.spans {
      for (figure, value) in [("precision", span.precision), ("recall", span.recall), ("f1", span.f1)] {
        text += writer.row(["span", span.label, span.label, figure, number(value), "", "", ""])
      }
    }
    for entry in report.entries {
      text += writer.row(["entry", "\(entry.term) (\(entry.location))", entry.category, "confirmed_rate", number(entry.rate.mean), number(entry.rate.lower), number(entry.rate.upper), ""])
    }
    return text
  }

  private static func number(_ value: Double?) -> String { value.map { "\((($0 * 10_000).rounded() / 10_000))" } ?? "" }
}
