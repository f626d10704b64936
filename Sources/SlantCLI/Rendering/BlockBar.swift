import SlantCore
import SlantTerminal

/// Horizontal bars in Unicode block characters, eight steps to a column, so that shares and
/// rates read at a glance in a plain terminal.
enum BlockBar {
  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// A bar `fraction` (0 to 1) of `width` columns long, padded with spaces to `width`.
  static func bar(_ fraction: Double, width: Int) -> String {
    let clamped = fraction.isFinite ? min(1, max(0, fraction)) : 0
    let steps = Int((clamped * Double(width * 8)).rounded())
    var bar = String(repeating: "█", count: steps / 8)
    if steps % 8 > 0 { bar.append(eighths[steps % 8 - 1]) }
    return bar + String(repeating: " ", count: width - (steps / 8) - (steps % 8 > 0 ? 1 : 0))
  }
}
