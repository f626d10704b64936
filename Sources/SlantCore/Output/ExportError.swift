/// Errors raised while writing an output file (`score --output`, `export`, `report`); each
/// names the file or option to fix.
public enum ExportError: Error, Equatable, CustomStringConvertible {
  case unwritable(path: String, reason: String)
  case outputFolderRequired(format: String)

  public var description: String {
    switch self {
    case .unwritable(let path, let reason): "\(path): cannot write: \(reason); any previous file there was left as it was"
    case .outputFolderRequired(let format): "--format \(format) writes one file per document; give a folder with --output DIR"
    }
  }
}
