/// The pure heart of the line editor: takes one `Key` at a time and updates the line, the
/// history browsing (Up/Down, by prefix), the reverse search (Ctrl-R) and Tab completion,
/// telling the editor what to do on screen. It never touches the terminal, so every key
/// binding is tested without one.
public struct LineEditorState: Sendable {
  /// What the editor does after a key.
  public enum Action: Equatable, Sendable {
    /// Nothing changed on screen.
    case none
    /// Redraw the line.
    case redraw
    /// The line is finished (Enter); it is already in `history`.
    case submit(String)
    /// Ctrl-C: the line was dropped; show a fresh prompt.
    case cancel
    /// Ctrl-D on an empty line: no more input.
    case endOfInput
    /// A second Tab: list these choices below the prompt, then redraw.
    case list([String])
    /// Ctrl-L: clear the screen, then redraw.
    case clearScreen
  }

  /// The line being edited.
  public private(set) var buffer = LineBuffer()
  /// The lines entered so far, for Up, Down and Ctrl-R.
  public private(set) var history: History
  /// The reverse search under way, if any.
  public private(set) var search: ReverseSearch?
  private var browsing: (index: Int, prefix: String, original: LineBuffer)?
  private var offeredChoices: [String] = []

  /// An empty line, with `history` to browse and search.
  public init(history: History = History()) {
    self.history = history
  }

  /// The prompt and line to draw: during a search, the search prompt and the match.
  public func display(prompt: String) -> (prompt: String, buffer: LineBuffer) {
    search.map { ($0.prompt, $0.shown) } ?? (prompt, buffer)
  }

  /// Starts a new, empty line, keeping the history.
  public mutating func startLine() {
    buffer = LineBuffer()
    search = nil
    browsing = nil
    offeredChoices = []
  }

  /// Applies `key`, asking `completions` for candidates on Tab.
  public mutating func handle(_ key: Key, completions: Completion.Provider? = nil) -> Action {
    if search != nil, let action = handleSearch(key) { return action }
    if key != .tab { offeredChoices = [] }
    if key != .up && key != .down && key != .control("p") && key != .control("n") { browsing = nil }
    switch key {
    case .character(let character):
      buffer.insert(String(character))
    case .enter:
      let line = buffer.text
      history.add(line)
      startLine()
      return .submit(line)
    case .control("c"):
      startLine()
      return .cancel
    case .control("d"):
      guard !buffer.isEmpty else { return .endOfInput }
      buffer.deleteForward()
    case .control("l"): return .clearScreen
    case .control("r"): search = ReverseSearch(original: buffer)
    case .tab: return complete(using: completions)
    case .up, .control("p"): return recall(older: true)
    case .down, .control("n"): return recall(older: false)
    default:
      guard edit(key) else { return .none }
    }
    return .redraw
  }
}

private extension LineEditorState {
  /// Applies a key that only edits or moves within the line; false when it is not one.
  mutating func edit(_ key: Key) -> Bool {
    switch key {
    case .left, .control("b"): buffer.moveLeft()
    case .right, .control("f"): buffer.moveRight()
    case .home, .control("a"): buffer.moveToStart()
    case .end, .control("e"): buffer.moveToEnd()
    case .wordLeft, .alt("b"): buffer.moveWordLeft()
    case .wordRight, .alt("f"): buffer.moveWordRight()
    case .backspace: buffer.deleteBackward()
    case .delete: buffer.deleteForward()
    case .control("k"): buffer.killToEnd()
    case .control("u"): buffer.killToStart()
    case .control("w"), .alt("\u{7F}"): buffer.killWordBackward()
    default: return false
    }
    return true
  }

  /// Handles `key` during a reverse search, or returns nil when the key ends the search and
  /// should then act on the accepted line.
  mutating func handleSearch(_ key: Key) -> Action? {
    guard var active = search else { return nil }
    switch key {
    case .character(let character): active.append(character, in: history)
    case .backspace: active.deleteBackward(in: history)
    case .control("r"): active.findOlder(in: history)
    case .control("g"):
      buffer = active.original
      search = nil
      return .redraw
    default:
      buffer = active.shown
      search = nil
      return key == .escape ? .redraw : nil
    }
    search = active
    return .redraw
  }

  /// Up (older) or Down (newer): the next history entry starting with what was typed before
  /// browsing began; Down past the newest brings that typed line back.
  mutating func recall(older: Bool) -> Action {
    let state = browsing ?? (history.entries.count, buffer.text, buffer)
    let shown = buffer.text
    let found =
      older
      ? history.index(before: state.index, withPrefix: state.prefix, skipping: shown)
      : history.index(after: state.index, withPrefix: state.prefix, skipping: shown)
    guard let found else {
      guard !older, browsing != nil else { return .none }
      buffer = state.original
      browsing = nil
      return .redraw
    }
    buffer = LineBuffer(text: history.entries[found])
    browsing = (found, state.prefix, state.original)
    return .redraw
  }

  /// Tab: completes the word under the cursor; a second Tab in a row lists the choices.
  mutating func complete(using completions: Completion.Provider?) -> Action {
    if !offeredChoices.isEmpty { return .list(offeredChoices) }
    guard let completions else { return .none }
    let completion = Completion(completing: buffer, from: completions(buffer.text, buffer.cursor))
    offeredChoices = completion.choices
    guard completion.buffer != buffer else { return .none }
    buffer = completion.buffer
    return .redraw
  }
}
