/// Problems found while reading lexicons. Each names the file, and the line where there is one,
/// so that a person can go straight to it in an editor.
public enum LexiconError: Error, Equatable, CustomStringConvertible {
  case missing(path: String)
  case unreadable(path: String, reason: String)
  case unwritable(path: String, reason: String)
  case unsupported(path: String)
  case malformedLine(path: String, line: Int, reason: String)
  /// A named context list (`ContextList`) that none of the context files opens.
  case missingContextList(folder: String, name: String)

  public var description: String {
    switch self {
    case .missing(let path): "\(path): no such lexicon file or folder"
    case .unreadable(let path, let reason): "\(path): cannot read lexicon: \(reason)"
    case .unwritable(let path, let reason): "\(path): cannot write the lexicon: \(reason); any file there was left as it was"
    case .unsupported(let path): "\(path): not a lexicon (expected .txt or a LIWC .dic)"
    case .malformedLine(let path, let line, let reason): "\(path):\(line): \(reason)"
    case .missingContextList(let folder, let name): "\(folder): no section [\(name)] in the context files; its rule finds nothing"
    }
  }
}
