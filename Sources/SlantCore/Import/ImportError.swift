/// Errors that stop a whole file from being imported (a bad record is an `ImportProblem`
/// instead). Each names the file, and the line where there is one.
public enum ImportError: Error, Equatable, CustomStringConvertible {
  case unknownFormat(path: String, reason: String)
  case unknownFormatName(String)
  case malformedFile(path: String, line: Int, reason: String)
  case malformedMapping(String)
  case missingBratText(annotationPath: String, textPath: String)

  public var description: String {
    switch self {
    case .unknownFormat(let path, let reason):
      "\(path): cannot tell the format (\(reason)); give --format \(ImportFormat.allCases.map(\.rawValue).joined(separator: "|"))"
    case .unknownFormatName(let name):
      "unknown import format '\(name)'; the formats are \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", "))"
    case .malformedFile(let path, let line, let reason): "\(path):\(line): \(reason)"
    case .malformedMapping(let pair): "--map '\(pair)': expected OLD=NEW (or OLD= to drop the label)"
    case .missingBratText(let annotationPath, let textPath):
      "\(annotationPath): brat standoff needs the text it annotates beside it, \(textPath), which cannot be read"
    }
  }
}
