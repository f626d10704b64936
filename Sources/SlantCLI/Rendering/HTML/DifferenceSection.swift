import SlantCore

/// The report's differences between groups: for each, a table of every figure's difference
/// with its interval and a plain verdict, then the entries and categories that drive the
/// loaded-language difference with the difference without each. Every number is the one
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
        html.element("td", text: "none (fewer than 2 documents)")
      }
      html.element("td", text: figure.includesZero ? "includes zero: no difference shown" : "")
      html.close("tr")
    }
    html.close("table")
    drivers("Entries driving the loaded-language difference", difference.entryDrivers, into: &html)
    drivers("By category", difference.categoryDrivers, into: &html)
    html.close("div")
  }

  private func drivers(_ heading: String, _ drivers: [Driver], into html: inout HTMLWriter) {
    guard !drivers.isEmpty else { return }
    html.element("h4", text: heading)
    html.open("ul", ["class": "drivers"])
    for driver in drivers {
      html.open("li", ["data-driver": driver.label, "data-without": ComparisonCSV.number(driver.differenceWithout)])
      var text = "\(driver.label): \(driver.groupHits) hits here, \(driver.againstHits) there, "
      text += "\(DifferenceView.amount(driver.contribution, isRate: true)) of the difference; without it \(DifferenceView.amount(driver.differenceWithout, isRate: true))"
      if let lower = driver.lowerWithout, let upper = driver.upperWithout {
        text += " [\(DifferenceView.amount(lower, isRate: true)) to \(DifferenceView.amount(upper, isRate: true))]"
      }
      html.text(text + (driver.carriesDifference ? " — carries the difference" : ""))
      html.close("li")
    }
    html.close("ul")
  }

  /// `12.3` for a rate, `45%` for a share.
  private static func value(_ value: Double, isRate: Bool) -> String { isRate ? Figures.decimal(value) : Figures.percent(value) }
}
