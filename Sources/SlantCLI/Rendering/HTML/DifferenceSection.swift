import SlantCore

/// The report's differences between groups: for each, a table of every figure's difference
/// with its interval and a plain verdict (or why it has none), then the entries and categories
/// that drive the loaded-language difference and the entries behind each support share's, with
/// the difference without each. Every number is the one
/// `slant compare --format json` gives, also kept exactly in `data-` attributes.
struct DifferenceSection {
  var comparison: FramingComparison

  func draw(into html: inout HTMLWriter) {
    guard !comparison.differences.isEmpty else { return }
    html.open("section", ["id": "differences", "aria-labelledby": "differences-title"])
    html.element("h2", ["id": "differences-title"], text: "Differences between groups")
    html.element(
      "p",
      text: "95% intervals from a bootstrap over documents, each group's documents resampled on their own (\(comparison.intervals.replicates) replicates, seed \(comparison.intervals.seed)). Rates in loaded hits per 1,000 tokens; shares in percentage points."
    )
    for difference in comparison.differences { draw(difference, into: &html) }
    html.close("section")
  }

  private func draw(_ difference: GroupDifference, into html: inout HTMLWriter) {
    html.open("div", ["class": "difference", "data-group": difference.group, "data-against": difference.against])
    html.element("h3", text: "\(difference.group) − \(difference.against)")
    if let carrier = difference.carriedBy {
      html.element(
        "p", ["class": "warning", "role": "note"],
        text: "Fragile: carried by \(carrier). Without this one entry the loaded-language difference is no longer shown.")
    }
    // A thin group leaves every figure of the difference without an interval: said once.
    if let first = difference.figures.first, first.lower == nil {
      html.element("p", ["class": "no-interval"], text: DifferenceView.noInterval(first, suggestion: comparison.suggestedGroupings.first?.field) + ".")
    }
    html.open("table", ["class": "differences"])
    html.open("tr")
    for heading in ["Figure", difference.group, difference.against, "Difference", "95% interval", ""] { html.element("th", text: heading) }
    html.close("tr")
    for figure in difference.figures {
      let isRate = figure.figure == ComparedFigure.loadedRate.description
      html.open(
        "tr",
        [
          "data-figure": figure.figure, "data-difference": ComparisonCSV.number(figure.difference),
          "data-lower": figure.lower.map(ComparisonCSV.number), "data-upper": figure.upper.map(ComparisonCSV.number),
        ])
      html.element("td", text: figure.figure)
      html.element("td", text: Self.value(figure.group, isRate: isRate))
      html.element("td", text: Self.value(figure.against, isRate: isRate))
      html.element("td", text: DifferenceView.amount(figure.difference, isRate: isRate))
      if let lower = figure.lower, let upper = figure.upper {
        html.element("td", text: "\(DifferenceView.amount(lower, isRate: isRate)) to \(DifferenceView.amount(upper, isRate: isRate))")
      } else {
        html.element("td", text: "none")
      }
      html.element("td", text: figure.lower == nil ? "" : figure.includesZero ? "includes zero: no difference shown" : "")
      html.close("tr")
    }
    html.close("table")
    drivers("Entries driving the loaded-language difference", difference.entryDrivers, figure: ComparedFigure.loadedRate.description, into: &html)
    drivers("By category", difference.categoryDrivers, figure: ComparedFigure.loadedRate.description, into: &html)
    for figure in difference.figures {
      guard let entries = figure.entryDrivers, !entries.isEmpty, let name = DifferenceView.supportName(figure) else { continue }
      if let carrier = figure.carriedBy {
        html.element(
          "p", ["class": "warning", "role": "note"],
          text: "Fragile: the \(name) difference is carried by \(carrier). Without this one entry the difference is no longer shown.")
      }
      drivers("Entries driving the \(name) difference", entries, figure: figure.figure, into: &html)
    }
    html.close("div")
  }

  private func drivers(_ heading: String, _ drivers: [Driver], figure: String, into html: inout HTMLWriter) {
    guard !drivers.isEmpty else { return }
    let isRate = figure == ComparedFigure.loadedRate.description
    html.element("h4", text: heading)
    html.open("ul", ["class": "drivers", "data-figure": figure])
    for driver in drivers {
      html.open("li", ["data-driver": driver.label, "data-without": ComparisonCSV.number(driver.differenceWithout)])
      var text = "\(driver.label): \(driver.groupHits) \(isRate ? "hits" : "sentences resting on it alone") here, \(driver.againstHits) there, "
      text += "\(DifferenceView.amount(driver.contribution, isRate: isRate)) of the difference; without it \(DifferenceView.amount(driver.differenceWithout, isRate: isRate))"
      if let lower = driver.lowerWithout, let upper = driver.upperWithout {
        text += " [\(DifferenceView.amount(lower, isRate: isRate)) to \(DifferenceView.amount(upper, isRate: isRate))]"
      }
      html.text(text + (driver.carriesDifference ? " — carries the difference" : ""))
      html.close("li")
    }
    html.close("ul")
  }

  /// `12.3` for a rate, `45%` for a share.
  private static func value(_ value: Double, isRate: Bool) -> String { isRate ? Figures.decimal(value) : Figures.percent(value) }
}
