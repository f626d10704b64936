/// Errors raised while reading, checking or saving annotations. Each names the sidecar (and the
/// line and column where there is one) and says what to do, on one line.
public enum AnnotationError: Error, Equatable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case malformedJSON(path: String, line: Int, column: Int, reason: String)
  case invalidSidecar(path: String, field: String, reason: String)
  case newerSchema(path: String, version: Int, supported: Int)
  case unwritable(path: String, reason: String)
  case conflict(path: String, annotationID: String?, reason: String)
  case malformedLabels(path: String, line: Int, reason: String)
  case noSuchAnnotation(path: String, annotationID: String)
  case outsideFolder(path: String, target: String, folder: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .malformedJSON(let path, let line, let column, let reason):
      "\(path):\(line):\(column): \(reason); the file was left as it is, fix it by hand"
    case .invalidSidecar(let path, let field, let reason):
      "\(path): \(field.isEmpty ? "" : "\(field): ")\(reason); the file was left as it is, fix it by hand"
    case .newerSchema(let path, let version, let supported):
      "\(path): written by a newer Slant (schema version \(version), this one reads up to \(supported)); upgrade Slant to read it"
    case .unwritable(let path, let reason): "\(path): cannot save: \(reason)"
    case .conflict(let path, let id, let reason):
      "\(path): \(id.map { "annotation \($0) " } ?? "")\(reason); nothing was saved, reload and try again"
    case .malformedLabels(let path, let line, let reason): "\(path):\(line): \(reason)"
    case .noSuchAnnotation(let path, let id): "\(path): no annotation with id '\(id)'"
    case .outsideFolder(let path, let target, let folder):
      "\(path): a link to \(target), outside the annotations folder \(folder); Slant reads and writes sidecars only inside it, so it was left alone: put the file itself there"
    }
  }
}
