/// Computes what to write to redraw the prompt and the line on one terminal row. A line wider
/// than the row scrolls horizontally, keeping the cursor in view and moving the view as little
/// as possible; the last column stays free so the terminal never wraps. The prompt is measured
/// without its ANSI escapes; a prompt too wide for the row is shortened from the left to `…`
/// and its tail.
public struct LineRenderer: Equatable, Sendable {
  /// The first character shown, kept between redraws so the view does not jump.
  public private(set) var firstVisible = 0

  /// A renderer showing lines from their first character.
  public init() {}

  /// The bytes that redraw `prompt` and `buffer` on the current row, `width` columns wide,
  /// ending with the cursor in place.
  public mutating func redraw(prompt: String, buffer: LineBuffer, width: Int) -> String {
    let width = max(width, 4)
    let (shownPrompt, promptColumns) = Self.fitting(prompt, within: max(width / 2, width - 12))
    let available = max(width - promptColumns - 1, 1)
    let columns = buffer.characters.map(DisplayWidth.columns(of:))
    scroll(columns: columns, cursor: buffer.cursor, available: available)
    var shown = ""
    var used = 0
    for index in firstVisible..<columns.count {
      guard used + columns[index] <= available else { break }
      shown.append(buffer.characters[index])
      used += columns[index]
    }
    let cursorColumn = promptColumns + columns[firstVisible..<buffer.cursor].reduce(0, +)
    return "\r" + shownPrompt + shown + "\u{1B}[J\r" + (cursorColumn > 0 ? "\u{1B}[\(cursorColumn)C" : "")
  }

  /// The bytes that show the finished line in full (the terminal wraps it) and move to the next
  /// row, so that the scrollback holds what was entered.
  public mutating func finish(prompt: String, text: String) -> String {
    firstVisible = 0
    return "\r" + prompt + text + "\u{1B}[J\r\n"
  }
}

private extension LineRenderer {
  /// Moves `firstVisible` just enough that the cursor (and the column it needs) fits, and no
  /// further right than needed to show the end of the line with a cell for the cursor after it.
  mutating func scroll(columns: [Int], cursor: Int, available: Int) {
    firstVisible = min(firstVisible, cursor)
    let cursorColumns = cursor < columns.count ? columns[cursor] : 1
    var beforeCursor = columns[firstVisible..<cursor].reduce(0, +)
    while firstVisible < cursor && beforeCursor + cursorColumns > available {
      beforeCursor -= columns[firstVisible]
      firstVisible += 1
    }
    var shownColumns = columns[firstVisible...].reduce(0, +) + 1
    while firstVisible > 0 && shownColumns + columns[firstVisible - 1] <= available {
      firstVisible -= 1
      shownColumns += columns[firstVisible]
    }
  }

  /// `prompt` as shown, and its width: as it is when it fits in `limit` columns, otherwise
  /// without escapes, shortened from the left.
  static func fitting(_ prompt: String, within limit: Int) -> (String, Int) {
    let columns = DisplayWidth.columns(of: prompt)
    guard columns > limit else { return (prompt, columns) }
    var tail: [Character] = []
    var used = 1
    for character in DisplayWidth.withoutEscapes(prompt).reversed() {
      let width = DisplayWidth.columns(of: character)
      guard used + width <= limit else { break }
      tail.append(character)
      used += width
    }
    return ("…" + String(tail.reversed()), used)
  }
}
