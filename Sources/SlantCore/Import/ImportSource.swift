/// Where an imported record came from: the file and the 1-based line it starts on, for messages.
public struct ImportSource: Sendable, Hashable, CustomStringConvertible {
  public var path: String
  public var line: Int

  public init(path: String, line: Int) {
    self.path = path
    self.line = line
  }

  /// `path:line`.
  public var description: String { "\(path):\(line)" }
}
