import SlantTerminal

/// One terminal row that plays back what the line editor writes (carriage return, cursor
/// forward, clear to end, colours, text), so tests can check what a person would see and
/// where the cursor would be.
struct TerminalRow {
  private(set) var cells: [Character]
  private(set) var cursorColumn = 0

  init(width: Int) {
    cells = Array(repeating: " ", count: width)
  }

  /// The row's text without trailing blanks; a wide character's second cell is not repeated.
  var text: String {
    String(String(cells.filter { $0 != "\u{0}" }).reversed().drop { $0 == " " }.reversed())
  }

  mutating func play(_ output: String) {
    var characters = output[...]
    while let character = characters.popFirst() {
      switch character {
      case "\r": cursorColumn = 0
      case "\u{1B}":
        guard characters.popFirst() == "[" else { continue }
        var parameter = ""
        while let next = characters.popFirst() {
          guard next.isNumber || next == ";" else {
            if next == "C" { cursorColumn += Int(parameter) ?? 1 }
            if next == "J" || next == "K" { for column in cursorColumn..<cells.count { cells[column] = " " } }
            break
          }
          parameter.append(next)
        }
      default:
        let width = DisplayWidth.columns(of: character)
        guard cursorColumn + width <= cells.count else { return }
        cells[cursorColumn] = character
        if width == 2 { cells[cursorColumn + 1] = "\u{0}" }
        cursorColumn += width
      }
    }
  }
}
