/// The line being edited: its characters and the cursor between them. Every edit works on
/// `Character`s (grapheme clusters), so `é`, `“` and `’` move and delete as one, whatever their
/// byte length. Control characters never enter the buffer; a tab or line end becomes a space.
public struct LineBuffer: Equatable, Sendable {
  /// The characters of the line.
  public private(set) var characters: [Character]
  /// The cursor as a character offset: 0 is before the first character.
  public private(set) var cursor: Int

  /// A buffer holding `text`, with the cursor at its end.
  public init(text: String = "") {
    characters = Array(Self.printable(text))
    cursor = characters.count
  }

  /// The line as text.
  public var text: String { String(characters) }
  /// Whether the line has no characters (Ctrl-D then ends input).
  public var isEmpty: Bool { characters.isEmpty }

  /// Inserts `text` at the cursor and moves the cursor past it. A combining mark joins the
  /// character before it, as it would on screen.
  public mutating func insert(_ text: String) {
    let before = String(characters[..<cursor]) + Self.printable(text)
    let joined = Array(before + String(characters[cursor...]))
    cursor = min(before.count, joined.count)
    characters = joined
  }

  /// Moves one character left (Left, Ctrl-B).
  public mutating func moveLeft() { cursor = max(cursor - 1, 0) }
  /// Moves one character right (Right, Ctrl-F).
  public mutating func moveRight() { cursor = min(cursor + 1, characters.count) }
  /// Moves before the first character (Home, Ctrl-A).
  public mutating func moveToStart() { cursor = 0 }
  /// Moves after the last character (End, Ctrl-E).
  public mutating func moveToEnd() { cursor = characters.count }

  /// Moves to the start of the word before the cursor (words are letters and digits).
  public mutating func moveWordLeft() { cursor = wordStart(before: cursor, isSeparator: { !Self.isWordCharacter($0) }) }

  /// Moves past the end of the word after the cursor.
  public mutating func moveWordRight() {
    var index = cursor
    while index < characters.count && !Self.isWordCharacter(characters[index]) { index += 1 }
    while index < characters.count && Self.isWordCharacter(characters[index]) { index += 1 }
    cursor = index
  }

  /// Deletes the character before the cursor (Backspace).
  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  /// Deletes the character under the cursor (Delete, Ctrl-D on a non-empty line).
  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  /// Deletes from the cursor to the end of the line (Ctrl-K) and returns what it removed.
  @discardableResult
  public mutating func killToEnd() -> String {
    let killed = String(characters[cursor...])
    characters.removeSubrange(cursor...)
    return killed
  }

  /// Deletes from the start of the line to the cursor (Ctrl-U) and returns what it removed.
  @discardableResult
  public mutating func killToStart() -> String {
    let killed = String(characters[..<cursor])
    characters.removeSubrange(..<cursor)
    cursor = 0
    return killed
  }

  /// Deletes the whitespace-separated word before the cursor, with the spaces after it (Ctrl-W),
  /// and returns what it removed.
  @discardableResult
  public mutating func killWordBackward() -> String {
    let start = wordStart(before: cursor, isSeparator: { $0 == " " })
    let killed = String(characters[start..<cursor])
    characters.removeSubrange(start..<cursor)
    cursor = start
    return killed
  }

  /// Replaces the characters in `range` with `text`, leaving the cursor after the insertion.
  public mutating func replace(_ range: Range<Int>, with text: String) {
    characters.removeSubrange(range)
    cursor = range.lowerBound
    insert(text)
  }
}

private extension LineBuffer {
  /// The start of the word that ends at or before `offset`, skipping separators first.
  func wordStart(before offset: Int, isSeparator: (Character) -> Bool) -> Int {
    var index = offset
    while index > 0 && isSeparator(characters[index - 1]) { index -= 1 }
    while index > 0 && !isSeparator(characters[index - 1]) { index -= 1 }
    return index
  }

  static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

  /// `text` without control characters; tabs and line ends become spaces.
  static func printable(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: result.append(" ")
      case 0..<0x20, 0x7F..<0xA0: continue
      default: result.append(scalar)
      }
    }
    return String(result)
  }
}
