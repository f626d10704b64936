extension StringProtocol {
  /// The text with each line end shown as a single space, for one-line views.
  package func replacingLineEnds() -> String {
    var result = ""
    var previousWasCR = false
    for scalar in unicodeScalars {
      if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
      previousWasCR = scalar == "\r"
      if scalar == "\n" || scalar == "\r" { result += " " } else { result.unicodeScalars.append(scalar) }
    }
    return result
  }

  /// The text padded with spaces on the left to `width` characters.
  package func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: Swift.max(0, width - count)) + self
  }
}
