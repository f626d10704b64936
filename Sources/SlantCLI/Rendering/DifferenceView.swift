import SlantCore
import SlantTerminal

/// The differences between groups as text: every figure's difference with its interval, said
/// plainly when the interval includes zero, and the entries and categories that drive the
/// loaded-language difference with the difference left without each, flagging a fragile one.
struct DifferenceView {
  var usesColor: Bool
  var width = 80

  func render(_ differences: [GroupDifference]) -> String {
    guard !differences.isEmpty else { return "" }
    var text = "\n" + ANSIStyle.bold.apply("Differences", enabled: usesColor) + "\n"
    text += wrapped(
      "95% intervals from a bootstrap over documents, each group resampled on its own; rates in hits per 1,000 tokens, shares in percentage points.",
      indent: "")
    for difference in differences { text += render(difference) }
    return text
  }

  private func render(_ difference: GroupDifference) -> String {
    var text = "\n" + ANSIStyle.bold.apply("\(difference.group) − \(difference.against)", enabled: usesColor) + "\n"
    for figure in difference.figures {
      let isRate = figure.figure == ComparedFigure.loadedRate.description
      let name = isRate ? "loaded language" : figure.figure.replacingOccurrences(of: "support.", with: "") + " sentences"
      var line = "  " + Figures.fitted(name, to: 23) + Self.amount(figure.difference, isRate: isRate).leftPadded(to: 8), verdict = ""
      if let lower = figure.lower, let upper = figure.upper {
        line += " [\(Self.amount(lower, isRate: isRate)) to \(Self.amount(upper, isRate: isRate))]"
        verdict = figure.includesZero ? "includes zero: no difference shown" : ""
      } else {
        verdict = "no interval: a side has fewer than 2 documents"
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
    text += drivers("entries driving the loaded-language difference", difference.entryDrivers)
    text += drivers("by category", difference.categoryDrivers)
    return text
  }

  private func drivers(_ heading: String, _ drivers: [Driver]) -> String {
    guard !drivers.isEmpty else { return "" }
    var text = wrapped("\(heading) (hits here/there, its part of the difference, the difference without it):", indent: "  ")
    for driver in drivers {
      var line = "\(driver.label) \(driver.groupHits)/\(driver.againstHits), \(Self.amount(driver.contribution, isRate: true)); without it "
      line += Self.amount(driver.differenceWithout, isRate: true)
      if let lower = driver.lowerWithout, let upper = driver.upperWithout {
        line += " [\(Self.amount(lower, isRate: true)) to \(Self.amount(upper, isRate: true))]"
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
    var lines = TextWrapper.wrap(line, width: width, indent: indent + "  ")
    lines[0].removeFirst(2)
    return lines.joined(separator: "\n") + "\n"
  }

  /// `+4.1` for a rate difference, `+12 pts` for a share difference.
  static func amount(_ value: Double, isRate: Bool) -> String {
    if isRate { return (value > 0 ? "+" : "") + Figures.decimal(value) }
    let points = Int((value * 100).rounded())
    return (points > 0 ? "+" : points < 0 ? "-" : "") + "\(abs(points)) pts"
  }
}
