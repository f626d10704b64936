/// What Tab does to a line: the word under the cursor (from the last space before the cursor up
/// to the cursor) is matched against candidates by prefix. One match replaces the word and adds
/// a space; several extend the word to their longest common prefix and are offered as `choices`
/// for the editor to list when Tab is pressed again.
public struct Completion: Equatable, Sendable {
  /// Gives the candidates for the word under the cursor of `line`; `cursor` counts characters.
  /// Candidates not starting with that word are ignored, so a fixed list is a valid provider.
  public typealias Provider = @Sendable (_ line: String, _ cursor: Int) -> [String]

  /// The line after completion.
  public var buffer: LineBuffer
  /// The matching candidates, sorted, when there is more than one.
  public var choices: [String]

  /// Completes the word under the cursor of `buffer` from `candidates`.
  public init(completing buffer: LineBuffer, from candidates: [String]) {
    self.buffer = buffer
    choices = []
    let range = Self.wordRange(in: buffer)
    let word = String(buffer.characters[range])
    let matches = Set(candidates.filter { $0.hasPrefix(word) }).sorted()
    guard let first = matches.first else { return }
    if matches.count == 1 {
      let isFollowedBySpace = range.upperBound < buffer.characters.count && buffer.characters[range.upperBound] == " "
      self.buffer.replace(range, with: isFollowedBySpace ? first : first + " ")
      if isFollowedBySpace { self.buffer.moveRight() }
      return
    }
    let common = matches.dropFirst().reduce(first) { Self.commonPrefix($0, $1) }
    if common.count > word.count { self.buffer.replace(range, with: common) }
    choices = matches
  }

  /// The characters of the word the cursor is in or just after.
  public static func wordRange(in buffer: LineBuffer) -> Range<Int> {
    var start = buffer.cursor
    while start > 0 && buffer.characters[start - 1] != " " { start -= 1 }
    return start..<buffer.cursor
  }

  /// `choices` laid out in columns, top to bottom then left to right, within `width` columns.
  public static func rows(listing choices: [String], width: Int) -> [String] {
    guard !choices.isEmpty else { return [] }
    let columnWidth = choices.map { DisplayWidth.columns(of: $0) }.max()! + 2
    let columnCount = max(1, width / columnWidth)
    let rowCount = (choices.count + columnCount - 1) / columnCount
    return (0..<rowCount).map { row in
      var line = ""
      for column in 0..<columnCount where column * rowCount + row < choices.count {
        let choice = choices[column * rowCount + row]
        let isLast = column == columnCount - 1 || (column + 1) * rowCount + row >= choices.count
        line += isLast ? choice : choice + String(repeating: " ", count: columnWidth - DisplayWidth.columns(of: choice))
      }
      return line
    }
  }
}

private extension Completion {
  static func commonPrefix(_ first: String, _ second: String) -> String {
    String(zip(first, second).prefix { $0 == $1 }.map(\.0))
  }
}
