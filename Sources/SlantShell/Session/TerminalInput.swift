import SlantCLI
import SlantTerminal
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The shell's input from standard input: edited lines and single raw-mode key presses on a
/// terminal; plain lines from a pipe or file, where a key is the first character of a line.
public final class TerminalInput: ShellInput {
  private let editor: LineEditor
  private let terminal: Terminal

  /// Input read through `editor`, keys read from its terminal.
  public init(editor: LineEditor, input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
    self.editor = editor
    terminal = Terminal(input: input, output: output)
  }

  public var isInteractive: Bool { editor.isInteractive }

  /// The last failure to save the history, for the shell to report once.
  public func takeHistoryFailure() -> HistoryError? {
    defer { editor.historyFailure = nil }
    return editor.historyFailure
  }

  public func line(prompt: String) -> LineResult { editor.readLine(prompt: prompt) }

  public func key(prompt: String) -> Character? {
    guard isInteractive, terminal.enableRawMode() else {
      guard case .line(let line) = editor.readLine(prompt: "") else { return nil }
      return line.first { $0 != " " } ?? " "
    }
    defer { terminal.restoreMode() }
    terminal.write(prompt)
    var decoder = KeyDecoder()
    while true {
      guard let bytes = terminal.read(timeoutMilliseconds: decoder.hasPending ? 50 : -1) else { return nil }
      let keys = bytes.isEmpty ? decoder.flushPending() : decoder.keys(from: bytes)
      for key in keys {
        switch key {
        case .character(let character):
          terminal.write("\(character)\r\n")
          return character
        case .enter:
          terminal.write("\r\n")
          return " "
        case .control("c"), .control("d"), .escape:
          terminal.write("\r\n")
          return nil
        default: continue
        }
      }
    }
  }
}
