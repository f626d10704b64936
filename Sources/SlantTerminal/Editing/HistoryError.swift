/// Errors raised while reading or saving the history file.
public enum HistoryError: Error, Equatable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case unwritable(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read history (\(reason)); starting with an empty history"
    case .unwritable(let path, let reason): "\(path): cannot save history (\(reason)); check the folder's permissions"
    }
  }
}
