/// Errors raised while reading or learning a sentence model.
public enum LearningError: Error, Equatable, CustomStringConvertible {
  case malformed(path: String, line: Int, reason: String)
  case unreadable(path: String, reason: String)
  case notEnoughExamples(String)

  public var description: String {
    switch self {
    case .malformed(let path, let line, let reason): "\(path):\(line): \(reason)"
    case .unreadable(let path, let reason): "\(path): \(reason)"
    case .notEnoughExamples(let reason): reason
    }
  }
}
