/// An incremental search back through the history (Ctrl-R): each typed character narrows the
/// query, Ctrl-R again finds the next older entry containing it.
public struct ReverseSearch: Equatable, Sendable {
  /// What is being looked for.
  public private(set) var query = ""
  /// The line shown: the newest match, or the line being edited before the search began.
  public private(set) var shown: LineBuffer
  /// Whether the last step found nothing (the previous match stays shown).
  public private(set) var isFailing = false
  /// The line being edited when the search began, restored on Ctrl-G.
  public let original: LineBuffer
  private var matchIndex: Int?

  /// A search with an empty query, begun while `original` was being edited.
  public init(original: LineBuffer) {
    self.original = original
    shown = original
  }

  /// The prompt that stands in for the normal one during the search.
  public var prompt: String { "(\(isFailing ? "failed " : "")reverse-i-search)`\(query)': " }

  /// Adds `character` to the query and looks again from the current match back.
  public mutating func append(_ character: Character, in history: History) {
    query.append(character)
    find(in: history, atOrBefore: matchIndex ?? history.entries.count - 1)
  }

  /// Drops the last character of the query and looks again from the newest entry.
  public mutating func deleteBackward(in history: History) {
    guard !query.isEmpty else { return }
    query.removeLast()
    matchIndex = nil
    guard !query.isEmpty else {
      shown = original
      isFailing = false
      return
    }
    find(in: history, atOrBefore: history.entries.count - 1)
  }

  /// Looks for the next older entry containing the query (Ctrl-R again).
  public mutating func findOlder(in history: History) {
    guard !query.isEmpty else { return }
    find(in: history, atOrBefore: (matchIndex ?? history.entries.count) - 1)
  }
}

private extension ReverseSearch {
  mutating func find(in history: History, atOrBefore index: Int) {
    guard let found = history.index(containing: query, atOrBefore: index) else {
      isFailing = true
      return
    }
    let entry = history.entries[found]
    var buffer = LineBuffer(text: entry)
    if let range = entry.range(of: query) {
      buffer.moveToStart()
      for _ in 0..<entry[..<range.lowerBound].count { buffer.moveRight() }
    }
    matchIndex = found
    shown = buffer
    isFailing = false
  }
}
