/// A horizontal bar chart as the report draws it: bars with their value and optional interval,
/// in groups under headings (one group per support label, say, one bar per outlet).
struct BarChart: Sendable {
  /// One bar: what it stands for, its value, its interval, and which series colours it.
  struct Bar: Sendable, Equatable {
    var label: String
    var value: Double
    var interval: ClosedRange<Double>?
    /// Index into the palette, the same for one outlet in every chart.
    var series: Int
    /// Drawn as an outline rather than filled: people's figures beside the scorer's, told apart
    /// by shape as well as by their label.
    var isOutlined = false
  }

  /// A value marked across the chart with a dashed line and a label, such as z = 2.
  struct Reference: Sendable, Equatable {
    var value: Double
    var label: String
  }

  /// Bars shown together under an optional heading.
  struct Group: Sendable, Equatable {
    var heading: String?
    var bars: [Bar]
  }

  /// How values are written beside their bars.
  enum ValueFormat: Sendable {
    /// Shares from 0 to 1, written as percentages.
    case percent
    /// Plain numbers, written with two decimals.
    case decimal
  }

  /// A short stable name, unique in the page, that the chart's element id is made from.
  var key: String
  var title: String
  /// What the bars measure and what the whiskers mean, in one sentence.
  var summary: String
  var groups: [Group]
  var format: ValueFormat
  var reference: Reference?

  /// `value` as written beside a bar: `12.5%` or `0.42`.
  func formatted(_ value: Double) -> String {
    switch format {
    case .percent: Self.fixed(value * 100, decimals: 1) + "%"
    case .decimal: Self.fixed(value, decimals: 2)
    }
  }

  /// `value` with `decimals` digits after the point, without Foundation's locale.
  static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale), fraction = Int(scaled) - whole * Int(scale)
    let sign = value < 0 && scaled > 0 ? "-" : ""
    guard decimals > 0 else { return sign + "\(whole)" }
    let digits = String(fraction)
    return sign + "\(whole)." + String(repeating: "0", count: decimals - digits.count) + digits
  }
}
