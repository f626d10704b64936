/// What `LineEditor.readLine(prompt:)` gives back. There is no "interrupted": Ctrl-C clears the
/// line and the editor keeps reading.
public enum LineResult: Equatable, Sendable {
  /// A line as entered, without its line end.
  case line(String)
  /// Ctrl-D on an empty line, or the end of the piped input.
  case endOfInput
}
