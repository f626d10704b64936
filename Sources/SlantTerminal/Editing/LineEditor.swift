#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines for the shell. On a terminal it edits in raw mode (keys as in `LineEditorState`,
/// the line redrawn by `LineRenderer` at the width read afresh on each redraw) and saves each
/// line to the history file; otherwise it reads plain lines with no prompt and no escapes, so
/// that `slant shell < script.txt` runs a script. The terminal is in raw mode only inside
/// `readLine(prompt:)`; flush your own buffered output before calling it.
public final class LineEditor {
  /// Whether lines are edited on a terminal (standard input and output both terminals) rather
  /// than read plainly from a pipe or file.
  public let isInteractive: Bool
  /// The history file lines are saved to, if any.
  public let historyFile: (any HistoryStore)?
  /// The last failure to save a line to `historyFile`, for the caller to report and clear.
  public var historyFailure: HistoryError?
  private let completions: Completion.Provider?
  private let terminal: Terminal
  private var state: LineEditorState
  private var renderer = LineRenderer()
  private var decoder = KeyDecoder()
  private var typedAhead: [Key] = []
  private var plainReader: PlainLineReader

  /// An editor on `input` and `output` starting from `history`, saving lines to `historyFile`
  /// and completing words with `completions`.
  public init(
    history: History = History(), historyFile: (any HistoryStore)? = nil, completions: Completion.Provider? = nil,
    input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO
  ) {
    terminal = Terminal(input: input, output: output)
    isInteractive = terminal.isInteractive
    state = LineEditorState(history: history)
    self.historyFile = historyFile
    self.completions = completions
    plainReader = PlainLineReader(input: input)
  }

  /// The lines entered so far, oldest first.
  public var history: History { state.history }

  /// The next line, showing `prompt` (which may hold ANSI colours) when interactive.
  public func readLine(prompt: String) -> LineResult {
    fflush(nil)
    guard isInteractive, terminal.enableRawMode() else {
      return plainReader.nextLine().map(LineResult.line) ?? .endOfInput
    }
    defer { terminal.restoreMode() }
    state.startLine()
    redraw(prompt: prompt)
    while true {
      if typedAhead.isEmpty {
        guard let bytes = terminal.read(timeoutMilliseconds: decoder.hasPending ? 50 : -1) else {
          terminal.write("\r\n")
          return .endOfInput
        }
        typedAhead = bytes.isEmpty ? decoder.flushPending() : decoder.keys(from: bytes)
      }
      var needsRedraw = false
      while !typedAhead.isEmpty {
        let shown = state.display(prompt: prompt)
        switch state.handle(typedAhead.removeFirst(), completions: completions) {
        case .none: continue
        case .redraw: needsRedraw = true
        case .submit(let line):
          terminal.write(renderer.finish(prompt: prompt, text: line))
          save(line)
          return .line(line)
        case .cancel:
          terminal.write(renderer.finish(prompt: shown.prompt, text: shown.buffer.text + "^C"))
          needsRedraw = true
        case .endOfInput:
          terminal.write(renderer.finish(prompt: shown.prompt, text: shown.buffer.text))
          return .endOfInput
        case .list(let choices):
          if needsRedraw { redraw(prompt: prompt) }
          let rows = Completion.rows(listing: choices, width: Console.terminalWidth())
          terminal.write("\r\n" + rows.joined(separator: "\r\n") + "\r\n")
          needsRedraw = true
        case .clearScreen:
          terminal.write("\u{1B}[H\u{1B}[2J")
          needsRedraw = true
        }
      }
      if needsRedraw { redraw(prompt: prompt) }
    }
  }
}

private extension LineEditor {
  func redraw(prompt: String) {
    let shown = state.display(prompt: prompt)
    terminal.write(renderer.redraw(prompt: shown.prompt, buffer: shown.buffer, width: Console.terminalWidth()))
  }

  func save(_ line: String) {
    guard let historyFile, line.contains(where: { !$0.isWhitespace }) else { return }
    do {
      try historyFile.append(line)
    } catch let error as HistoryError {
      historyFailure = error
    } catch {
      historyFailure = .unwritable(path: historyFile.path, reason: "\(error)")
    }
  }
}
