/// ANSI terminal styles, applied only when colour is on.
public enum ANSIStyle: String, Sendable {
  case bold = "1", dim = "2", italic = "3", underline = "4"
  case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
  case brightRed = "91", brightYellow = "93", brightBlue = "94", brightMagenta = "95"

  /// `text` wrapped in this style when `enabled`, otherwise `text` as it is.
  public func apply(_ text: String, enabled: Bool) -> String {
    enabled ? "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" : text
  }
}
