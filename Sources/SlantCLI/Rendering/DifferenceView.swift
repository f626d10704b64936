import SlantCore
import SlantTerminal

/// The differences between groups as text: every figure's difference with its interval, said
/// plainly when the interval includes zero or why there is none, and the entries (and, for
/// loaded language, categories) that drive each difference with the difference left without
/// each, flagging a fragile one.
struct DifferenceView {
  var usesColor: Bool
  var width = 80

  /// The differences of `comparison`; a difference without an interval suggests its first
  /// suggested field to group by.
  func render(_ comparison: FramingComparison) -> String {
    let differences = comparison.differences
    guard !differences.isEmpty else { return "" }
    var text = "\n" + ANSIStyle.bold.apply("Differences", enabled: usesColor) + "\n"
    text += wrapped(
      "95% intervals from a bootstrap over documents, each group resampled on its own; rates in hits per 1,000 tokens, shares in percentage points.",
      indent: "")
    for difference in differences { text += render(difference, suggestion: comparison.suggestedGroupings.first?.field) }
    return text
  }

  /// Why a difference has no intervals (the groups it resamples that are thin), with the field
  /// to group by instead when there is one.
  static func noInterval(_ figure: FigureDifference, suggestion: String?) -> String {
    let thin = figure.thinGroups ?? []
    let named = thin.count <= 3 ? thin.joined(separator: ", ") : thin.prefix(2).joined(separator: ", ") + " and \(thin.count - 2) other groups"
    var text = "no interval: " + (thin.isEmpty ? "too few documents" : named + " \(thin.count == 1 ? "has" : "have") fewer than \(Bootstrap.minimumDocuments) documents")
    text += ", too few for a bootstrap to see how articles vary"
    if let suggestion { text += "; try --by \(suggestion)" }
    return text
  }

  private func render(_ difference: GroupDifference, suggestion: String?) -> String {
    var text = "\n" + ANSIStyle.bold.apply("\(difference.group) − \(difference.against)", enabled: usesColor) + "\n"
    // A thin group leaves every figure of the difference without an interval: said once.
    if let first = difference.figures.first, first.lower == nil { text += wrapped(Self.noInterval(first, suggestion: suggestion), indent: "  ") }
    for figure in difference.figures {
      let isRate = figure.figure == ComparedFigure.loadedRate.description
      let name = isRate ? "loaded language" : figure.figure.replacingOccurrences(of: "support.", with: "") + " sentences"
      var line = "  " + Figures.fitted(name, to: 23) + Self.amount(figure.difference, isRate: isRate).leftPadded(to: 8), verdict = ""
      if let lower = figure.lower, let upper = figure.upper {
        line += " [\(Self.amount(lower, isRate: isRate)) to \(Self.amount(upper, isRate: isRate))]"
        verdict = figure.includesZero ? "includes zero: no difference shown" : ""
      }
      if verdict.isEmpty {
        text += line + "\n"
      } else if DisplayWidth.columns(of: line) + 2 + DisplayWidth.columns(of: verdict) <= width {
        text += line + "  " + verdict + "\n"
      } else {
        text += line + "\n" + wrapped(verdict, indent: "      ")
      }
    }
    if let carrier = difference.carriedBy {
      text += ANSIStyle.yellow.apply(
        wrapped("fragile: carried by \(carrier) — without it the loaded-language difference is no longer shown.", indent: "  "), enabled: usesColor)
    }
    text += drivers("entries driving the loaded-language difference", difference.entryDrivers, isRate: true)
    text += drivers("by category", difference.categoryDrivers, isRate: true)
    for figure in difference.figures {
      guard let entries = figure.entryDrivers, !entries.isEmpty, let name = Self.supportName(figure) else { continue }
      if let carrier = figure.carriedBy {
        text += ANSIStyle.yellow.apply(
          wrapped("fragile: the \(name) difference is carried by \(carrier) — without it the difference is no longer shown.", indent: "  "),
          enabled: usesColor)
      }
      text += drivers("entries driving the \(name) difference", entries, isRate: false)
    }
    return text
  }

  /// `hedged` for `support.hedged`; nil for the loaded-language rate.
  static func supportName(_ figure: FigureDifference) -> String? {
    figure.figure.hasPrefix("support.") ? String(figure.figure.dropFirst("support.".count)) : nil
  }

  private func drivers(_ heading: String, _ drivers: [Driver], isRate: Bool) -> String {
    guard !drivers.isEmpty else { return "" }
    let counted = isRate ? "hits" : "sentences resting on it alone"
    var text = wrapped("\(heading) (\(counted) here/there, its part of the difference, the difference without it):", indent: "  ")
    for driver in drivers {
      var line = "\(driver.label) \(driver.groupHits)/\(driver.againstHits), \(Self.amount(driver.contribution, isRate: isRate)); without it "
      line += Self.amount(driver.differenceWithout, isRate: isRate)
      if let lower = driver.lowerWithout, let upper = driver.upperWithout {
        line += " [\(Self.amount(lower, isRate: isRate)) to \(Self.amount(upper, isRate: isRate))]"
      }
      if driver.carriesDifference { line += " — carries the difference" }
      text += wrapped(line, indent: "    ")
    }
    return text
  }

  /// `line` wrapped to the width after `indent`, its later lines indented two more columns.
  private func wrapped(_ line: String, indent: String) -> String {
    // A line that fits keeps its own spacing (the columns of the figures).
    if DisplayWidth.columns(of: indent + line) <= width { return indent + line + "\n" }
    return TextWrapper.hanging(line, width: width, indent: indent)
  }

  /// `+4.1` for a rate difference, `+12 pts` for a share difference.
  static func amount(_ value: Double, isRate: Bool) -> String {
    if isRate { return (value > 0 ? "+" : "") + Figures.decimal(value) }
    let points = Int((value * 100).rounded())
    return (points > 0 ? "+" : points < 0 ? "-" : "") + "\(abs(points)) pts"
  }
}
