import Testing
@testable import SlantCLI
import SlantTerminal

@Suite struct BarChartTests {
  let chart = BarChart(
    key: "unsupported", title: "Unsupported sentences", summary: "Share of sentences; whiskers are 95% intervals.",
    groups: [
      .init(heading: "unsupported", bars: [
        .init(label: "Wire <A>", value: 0.125, interval: 0.05...0.2, series: 0),
        .init(label: "Daily", value: 0.4, interval: nil, series: 1),
      ])
    ], format: .percent)

  @Test func everyBarCarriesItsExactValueAndIntervalAndIsLabelledInText() throws {
    var html = HTMLWriter()
    BarChartDrawer().draw(chart, id: "c", into: &html)
    let page = try ParsedPage(html.bytes)
    let bars = page.all("rect", class: "bar")
    #expect(bars.map { $0.attributes["data-label"] } == ["Wire <A>", "Daily"])
    #expect(bars.map { $0.attributes["data-value"].flatMap(Double.init) } == [0.125, 0.4])
    #expect(bars[0].attributes["data-lower"].flatMap(Double.init) == 0.05 && bars[0].attributes["data-upper"].flatMap(Double.init) == 0.2)
    #expect(bars[1].attributes["data-lower"] == nil)
    #expect(page.all("text", class: "bar-label").map(\.text) == ["Wire <A>", "Daily"])
    #expect(page.all("text", class: "bar-value").map(\.text) == ["12.5% (5.0%–20.0%)", "40.0%"])
    #expect(page.all("path", class: "whisker").count == 1)
    #expect(page.all("td").map(\.text).contains("5.0%–20.0%"))
  }

  @Test func barLengthsAreProportionalOnAScaleThatHoldsTheLongestInterval() throws {
    var html = HTMLWriter()
    BarChartDrawer().draw(chart, id: "c", into: &html)
    let widths = try ParsedPage(html.bytes).all("rect", class: "bar").compactMap { $0.attributes["width"].flatMap(Double.init) }
    let area = BarChartDrawer.width - BarChartDrawer.labelWidth - BarChartDrawer.valueWidth
    #expect(widths == [area * 0.125 / 0.5, area * 0.4 / 0.5].map { ($0 * 10).rounded() / 10 })
  }

  @Test func outlinedBarsDifferByShapeAndTheReferenceLineWidensTheScale() throws {
    let chart = BarChart(
      key: "z", title: "Words", summary: "z-scores.",
      groups: [.init(heading: "Wire", bars: [.init(label: "cuts", value: 1, interval: nil, series: 2), .init(label: "cuts", value: 1, interval: nil, series: 2, isOutlined: true)])],
      format: .decimal, reference: .init(value: 2, label: "z = 2"))
    var html = HTMLWriter()
    BarChartDrawer().draw(chart, id: "c", into: &html)
    let page = try ParsedPage(html.bytes)
    let bars = page.all("rect", class: "bar")
    #expect(bars.map { $0.attributes["fill"] } == [BarChartDrawer.palette[2], "#ffffff"])
    #expect(bars.map { $0.attributes["stroke"] } == [nil, BarChartDrawer.palette[2]])
    #expect(bars.map { $0.attributes["data-group"] } == ["Wire", "Wire"])
    let area = BarChartDrawer.width - BarChartDrawer.labelWidth - BarChartDrawer.valueWidth
    #expect(bars[0].attributes["width"].flatMap(Double.init) == area / 2)
    #expect(page.all("path", class: "reference").first?.attributes["d"]?.hasPrefix("M\(BarChartDrawer.number(BarChartDrawer.width - BarChartDrawer.valueWidth)) ") == true)
    #expect(page.all("text", class: "reference-label").map(\.text) == ["z = 2"])
  }

  @Test(arguments: [(0.0, 1.0), (0.4, 0.5), (0.13, 0.2), (2.2, 2.5), (7.0, 10.0), (1.0, 1.0), (0.031, 0.05)])
  func scaleEndsOnARoundNumber(value: Double, expected: Double) {
    #expect(abs(BarChartDrawer.niceCeiling(value) - expected) < 1e-12)
  }

  @Test(arguments: [(0.125, 1, "0.1"), (12.25, 2, "12.25"), (0.999, 1, "1.0"), (-0.05, 2, "-0.05"), (3, 0, "3"), (Double.nan, 1, "–")])
  func fixedDecimalsIgnoreTheLocale(value: Double, decimals: Int, expected: String) {
    #expect(BarChart.fixed(value, decimals: decimals) == expected)
  }
}
