import SlantTerminal

/// Breaks text into lines that fit a width in terminal columns, at spaces, measuring without ANSI
/// escapes so that coloured words wrap like plain ones. A word wider than the line stays whole.
package enum TextWrapper {
  /// The lines of `text`, each starting with `indent`, none wider than `width` columns.
  package static func wrap(_ text: String, width: Int, indent: String) -> [String] {
    let available = max(width - DisplayWidth.columns(of: indent), 20)
    var lines: [String] = []
    var line = "", used = 0
    // ASCII text is split by its bytes, the same words without finding grapheme breaks (a space
    // starts no cluster there); other text by characters, where a combining mark joins a space.
    let words = text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.split(separator: 0x20).map { Substring($0) } : text.split(separator: " ")
    for word in words {
      // Printable ASCII is one column a byte; only other words need the full measure.
      let columns = word.utf8.allSatisfy { (0x20..<0x7F).contains($0) } ? word.utf8.count : DisplayWidth.columns(of: word)
      if used > 0 && used + 1 + columns > available {
        lines.append(indent + line)
        line = ""
        used = 0
      }
      // Appended in place: a string made for each word was most of the text view of an alignment.
      if used > 0 { line += " " }
      line += word
      used += (used > 0 ? 1 : 0) + columns
    }
    if !line.isEmpty || lines.isEmpty { lines.append(indent + line) }
    return lines
  }
}
