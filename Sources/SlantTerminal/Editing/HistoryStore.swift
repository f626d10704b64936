/// Where the line editor saves each line entered. The shell's `HistoryFile` keeps it on disk;
/// the protocol lets this module stay free of SlantCore, whose file reader that store uses.
public protocol HistoryStore: Sendable {
  /// Where the history lives, for error messages.
  var path: String { get }
  /// Adds `line` to the stored history.
  func append(_ line: String) throws
}
