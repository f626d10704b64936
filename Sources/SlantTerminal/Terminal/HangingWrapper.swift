/// Fits human-facing text to a terminal's width: each line wider than the width is broken at
/// spaces, and its continuation lines hang under the column where the line's own text begins
/// (after its leading spaces, or after the last gap of two or more spaces in its first two thirds: the
/// text column of a listing, the description column of help; a little in from the margin when a
/// word would not fit under it). ANSI escapes take no columns; a word wider than the whole line
/// stays whole rather than being cut.
public enum HangingWrapper {
  /// `text` with every line fitted to `width` columns; lines that fit are left as they are.
  public static func fit(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      DisplayWidth.columns(of: line) <= width ? String(line) : fitted(line, width: width)
    }.joined(separator: "\n")
  }

  /// One overlong line, broken into lines of at most `width` columns where words allow. The
  /// spacing of what stays on a line is kept, so a table's columns stay aligned.
  static func fitted(_ line: Substring, width: Int) -> String {
    let (hangIndex, column) = hangingPoint(of: line, width: width)
    // A word too wide to hang under the text column (a long path) hangs a little in instead.
    let widest = line[hangIndex...].split(separator: " ").map { DisplayWidth.columns(of: $0) }.max() ?? 0
    let leading = line.prefix { $0 == " " }.count
    let hangColumn = widest > width - column ? min(column, leading + 4) : column
    let indent = String(repeating: " ", count: hangColumn)
    var lines: [String] = [], rest = line[hangIndex...], lead = String(line[..<hangIndex]), available = max(width - column, 20)
    while true {
      let piece = rest.drop { $0 == " " }
      defer { available = max(width - hangColumn, 20) }
      guard let cut = breakIndex(in: piece, available: available) else {
        lines.append(lead + piece)
        break
      }
      lines.append(lead + piece[..<cut])
      rest = piece[cut...]
      lead = indent
    }
    return lines.joined(separator: "\n")
  }

  /// The space to break `text` at so that what comes before takes at most `available` columns
  /// (or the first space, when the first word alone is wider); nil when all of it fits or it is one word.
  static func breakIndex(in text: Substring, available: Int) -> Substring.Index? {
    var column = 0, lastSpace: Substring.Index?, index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == " " {
        if column > available { return lastSpace ?? index }
        if index > text.startIndex, text[text.index(before: index)] != " " { lastSpace = index }
      } else if character == "\u{1B}" {
        index = skippingEscape(in: text, from: index)
        continue
      }
      column += DisplayWidth.columns(of: character)
      index = text.index(after: index)
    }
    return column > available ? lastSpace : nil
  }

  /// The index after the ANSI CSI escape (a colour: ESC [ parameters final byte) at `start`.
  static func skippingEscape(in text: Substring, from start: Substring.Index) -> Substring.Index {
    var index = text.index(after: start)
    guard index < text.endIndex, text[index] == "[" else { return index }
    index = text.index(after: index)
    while index < text.endIndex, !(text[index].asciiValue.map { (0x40...0x7E).contains($0) } ?? false) { index = text.index(after: index) }
    return index < text.endIndex ? text.index(after: index) : index
  }

  /// Where the text of `line` begins: the index and column after its leading spaces, or after
  /// the last run of two or more spaces that ends within two thirds of the width.
  static func hangingPoint(of line: Substring, width: Int) -> (index: Substring.Index, column: Int) {
    var point = (index: line.startIndex, column: 0)
    var column = 0, spaces = 0, index = line.startIndex, isLeading = true
    while index < line.endIndex {
      let character = line[index]
      if character == "\u{1B}" {
        index = skippingEscape(in: line, from: index)
        continue
      }
      if character == " " {
        spaces += 1
      } else {
        if (isLeading && spaces > 0) || spaces >= 2 {
          guard column <= width * 2 / 3 else { break }
          point = (index, column)
        }
        isLeading = false
        spaces = 0
      }
      column += DisplayWidth.columns(of: character)
      index = line.index(after: index)
    }
    return point
  }
}
