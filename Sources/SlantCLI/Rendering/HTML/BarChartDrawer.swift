/// Draws a `BarChart` as inline SVG with real text: each bar labelled with its name and value,
/// intervals as whiskers with end caps, and the numbers again in a table for screen readers.
/// Each bar carries its exact value in `data-value` (and its interval in `data-lower`/`data-upper`)
/// so that tests can compare a chart with the numbers it was drawn from, and its group's heading
/// in `data-group`.
struct BarChartDrawer {
  /// Colour-blind-safe series colours (Okabe and Ito); every bar is also labelled by name.
  static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D1F"]

  static let width = 760.0
  static let labelWidth = 190.0
  static let valueWidth = 170.0
  static let rowHeight = 20.0
  static let headingHeight = 24.0
  static let axisHeight = 26.0

  /// Appends the chart, with its title, SVG and data table, to `html`; `id` must be unique in the page.
  func draw(_ chart: BarChart, id: String, into html: inout HTMLWriter) {
    let barArea = Self.width - Self.labelWidth - Self.valueWidth
    let highest = chart.groups.flatMap(\.bars).map { max($0.value, $0.interval?.upperBound ?? 0) }.max() ?? 0
    let scaleMaximum = Self.niceCeiling(max(highest, chart.reference?.value ?? 0))
    let height = chart.groups.reduce(Self.axisHeight + 6) { total, group in
      total + (group.heading == nil ? 0 : Self.headingHeight) + Double(group.bars.count) * Self.rowHeight + 6
    }
    func position(_ value: Double) -> Double { Self.labelWidth + barArea * min(max(value, 0), scaleMaximum) / scaleMaximum }
    func x(_ value: Double) -> String { Self.number(position(value)) }

    html.open("figure", ["class": "chart", "id": id])
    html.element("figcaption", ["id": id + "-title"], text: chart.title)
    html.element("p", ["class": "chart-summary", "id": id + "-summary"], text: chart.summary)
    html.open(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Self.number(Self.width)) \(Self.number(height))",
        "width": Self.number(Self.width), "height": Self.number(height), "role": "img",
        "aria-labelledby": "\(id)-title \(id)-summary",
      ])
    html.element("title", text: chart.title)
    var y = 4.0
    for group in chart.groups {
      if let heading = group.heading {
        html.element("text", ["class": "group-heading", "x": "0", "y": Self.number(y + 16)], text: heading)
        y += Self.headingHeight
      }
      for bar in group.bars {
        let middle = y + Self.rowHeight / 2
        let colour = Self.palette[bar.series % Self.palette.count]
        html.element("text", ["class": "bar-label", "x": Self.number(Self.labelWidth - 8), "y": Self.number(middle + 4), "text-anchor": "end"], text: bar.label)
        html.open(
          "rect",
          [
            "class": "bar", "x": Self.number(Self.labelWidth), "y": Self.number(middle - 6),
            "width": Self.number(position(bar.value) - Self.labelWidth), "height": "12",
            "fill": bar.isOutlined ? "#ffffff" : colour, "stroke": bar.isOutlined ? colour : nil, "stroke-width": bar.isOutlined ? "2" : nil,
            "data-group": group.heading, "data-label": bar.label,
            "data-value": "\(bar.value)",
            "data-lower": bar.interval.map { "\($0.lowerBound)" }, "data-upper": bar.interval.map { "\($0.upperBound)" },
          ])
        html.element("title", text: "\(bar.label): \(describe(bar, in: chart))")
        html.close("rect")
        if let interval = bar.interval {
          let low = x(interval.lowerBound), high = x(interval.upperBound)
          let top = Self.number(middle - 5), bottom = Self.number(middle + 5), centre = Self.number(middle)
          html.void("path", ["class": "whisker", "d": "M\(low) \(centre)H\(high)M\(low) \(top)V\(bottom)M\(high) \(top)V\(bottom)"])
        }
        html.element(
          "text", ["class": "bar-value", "x": Self.number(Self.width - Self.valueWidth + 8), "y": Self.number(middle + 4)],
          text: describe(bar, in: chart))
        y += Self.rowHeight
      }
      y += 6
    }
    if let reference = chart.reference {
      let line = x(reference.value)
      html.void("path", ["class": "reference", "d": "M\(line) 4V\(Self.number(y))"])
      html.element(
        "text", ["class": "reference-label", "x": Self.number(position(reference.value) - 4), "y": "14", "text-anchor": "end"], text: reference.label)
    }
    drawAxis(maximum: scaleMaximum, top: y, chart: chart, into: &html)
    html.close("svg")
    drawTable(chart, into: &html)
    html.close("figure")
  }

  /// `12.5% (8.1–17.9%)`: the value and its interval, as written beside the bar.
  func describe(_ bar: BarChart.Bar, in chart: BarChart) -> String {
    guard let interval = bar.interval else { return chart.formatted(bar.value) }
    return chart.formatted(bar.value) + " (" + chart.formatted(interval.lowerBound) + "–" + chart.formatted(interval.upperBound) + ")"
  }

  private func drawAxis(maximum: Double, top: Double, chart: BarChart, into html: inout HTMLWriter) {
    let barArea = Self.width - Self.labelWidth - Self.valueWidth
    html.void("path", ["class": "axis", "d": "M\(Self.number(Self.labelWidth)) \(Self.number(top))H\(Self.number(Self.labelWidth + barArea))"])
    for step in 0...4 {
      let value = maximum * Double(step) / 4
      let x = Self.number(Self.labelWidth + barArea * Double(step) / 4)
      html.void("path", ["class": "tick", "d": "M\(x) \(Self.number(top))v4"])
      html.element("text", ["class": "tick-label", "x": x, "y": Self.number(top + 16), "text-anchor": "middle"], text: chart.formatted(value))
    }
  }

  private func drawTable(_ chart: BarChart, into html: inout HTMLWriter) {
    html.open("details", ["class": "chart-data"])
    html.element("summary", text: "The numbers")
    html.open("table")
    html.open("thead")
    html.open("tr")
    for heading in ["Group", "Bar", "Value", "Interval"] { html.element("th", ["scope": "col"], text: heading) }
    html.close("tr")
    html.close("thead")
    html.open("tbody")
    for group in chart.groups {
      for bar in group.bars {
        html.open("tr")
        html.element("td", text: group.heading ?? "")
        html.element("th", ["scope": "row"], text: bar.label)
        html.element("td", text: chart.formatted(bar.value))
        html.element("td", text: bar.interval.map { chart.formatted($0.lowerBound) + "–" + chart.formatted($0.upperBound) } ?? "")
        html.close("tr")
      }
    }
    html.close("tbody")
    html.close("table")
    html.close("details")
  }

  /// The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least `value` (1 for 0).
  static func niceCeiling(_ value: Double) -> Double {
    guard value > 0, value.isFinite else { return 1 }
    var power = 1.0
    while power * 10 < value { power *= 10 }
    while power > value { power /= 10 }
    for factor in [1.0, 2, 2.5, 5, 10] where power * factor >= value { return power * factor }
    return power * 10
  }

  /// A coordinate with at most one decimal.
  static func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)"
  }
}
