import Foundation
import SlantCore
import SlantTerminal

/// Number formats shared by the comparison views.
enum Figures {
  /// `42%` for a share.
  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

  /// `42% [31–55]` for a share with its interval, `42% (no interval)` without one.
  static func percent(_ estimate: ProportionEstimate) -> String {
    guard let lower = estimate.lower, let upper = estimate.upper else { return "\(percent(estimate.share)) (no interval)" }
    return "\(percent(estimate.share)) [\(Int((lower * 100).rounded()))–\(Int((upper * 100).rounded()))]"
  }

  /// A number with one decimal.
  static func decimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }

  /// Text cut to `width` columns with `…`, or padded with spaces to it.
  static func fitted(_ text: String, to width: Int) -> String {
    if DisplayWidth.columns(of: text) <= width { return text + String(repeating: " ", count: width - DisplayWidth.columns(of: text)) }
    var result = ""
    for character in text {
      if DisplayWidth.columns(of: result) + DisplayWidth.columns(of: character) > width - 1 { break }
      result.append(character)
    }
    return result + "…" + String(repeating: " ", count: max(0, width - 1 - DisplayWidth.columns(of: result)))
  }
}
