/// A record that could not be read or placed, and why; the rest of its file is still imported.
public struct ImportProblem: Error, Sendable, Hashable, CustomStringConvertible {
  public var source: ImportSource
  public var reason: String

  public init(source: ImportSource, reason: String) {
    self.source = source
    self.reason = reason
  }

  public init(path: String, line: Int, reason: String) {
    self.init(source: ImportSource(path: path, line: line), reason: reason)
  }

  /// `path:line: reason`.
  public var description: String { "\(source): \(reason)" }
}
