import SlantCLI
import SlantTerminal
/// Where the shell's lines and one-key answers come from: the terminal (or a piped script), or a
/// list of lines given in advance (tests and the benchmark).
public protocol ShellInput: AnyObject {
  /// Whether a person is typing at a terminal: prompts and colours are shown only then.
  var isInteractive: Bool { get }
  /// The next command line, showing `prompt` when interactive.
  func line(prompt: String) -> LineResult
  /// One key answering a question (`review`): nil at the end of input, on Ctrl-C or Ctrl-D.
  func key(prompt: String) -> Character?
}

/// Lines given in advance, read one by one; a key is the first character of a line, a blank
/// line answers with a space.
public final class ScriptedInput: ShellInput {
  private var lines: [String]

  public init(_ lines: [String]) { self.lines = lines }

  public var isInteractive: Bool { false }

  public func line(prompt: String) -> LineResult {
    lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
  }

  public func key(prompt: String) -> Character? {
    guard case .line(let line) = line(prompt: prompt) else { return nil }
    return line.first { $0 != " " } ?? " "
  }
}
