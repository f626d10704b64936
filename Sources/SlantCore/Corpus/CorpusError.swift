/// Errors raised while finding and reading documents. Each names the file, and the line or
/// byte where there is one, so that a person can go straight to the problem.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
  case missing(path: String)
  case unreadable(path: String, reason: String)
  case invalidUTF8(path: String, byteOffset: Int)
  case invalidUTF16(path: String, byteOffset: Int)
  /// A file whose zero bytes fall as in UTF-16 without a byte-order mark, but that does not
  /// decode in that byte order, for `reason`.
  case unclearUTF16(path: String, reason: String)
  case binary(path: String, byteOffset: Int)
  case tooLarge(path: String, bytes: Int, limit: Int)
  case unsupported(path: String)
  case malformedLine(path: String, line: Int, reason: String)
  /// A warning rather than a bad input: a folder link that leads out of the folder being read.
  case linkLeavesCorpus(path: String, target: String)

  public var description: String {
    switch self {
    case .missing(let path): "\(path): no such file or directory"
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .invalidUTF8(let path, let offset): "\(path): not valid UTF-8 at byte \(offset); convert it to UTF-8 (e.g. iconv -f windows-1252 -t utf-8)"
    case .invalidUTF16(let path, let offset): "\(path): not valid UTF-16 at byte \(offset) (an unpaired surrogate or an odd length)"
    case .unclearUTF16(let path, let reason):
      "\(path): looks like UTF-16 without a byte-order mark, but \(reason); convert it to UTF-8 or save it with a byte-order mark"
    case .binary(let path, let offset): "\(path): looks binary (NUL byte at byte \(offset)); skipped"
    case .tooLarge(let path, let bytes, let limit): "\(path): \(bytes) bytes is over the \(limit)-byte limit for one document"
    case .unsupported(let path): "\(path): not a corpus file (expected .txt, .md, .html, .htm, .jsonl or .csv)"
    case .malformedLine(let path, let line, let reason): "\(path):\(line): \(reason)"
    case .linkLeavesCorpus(let path, let target): "\(path): a link to \(target), outside the folder being read; not followed"
    }
  }

  /// What is wrong, without the path (and line) that `description` starts with.
  public var reason: String {
    switch self {
    case .malformedLine(_, _, let reason): reason
    default: String(description.dropFirst(path.count + 2))
    }
  }

  /// The file the error is about.
  public var path: String {
    switch self {
    case .missing(let path), .unreadable(let path, _), .invalidUTF8(let path, _), .invalidUTF16(let path, _), .unclearUTF16(let path, _),
      .binary(let path, _),
      .tooLarge(let path, _, _), .unsupported(let path), .malformedLine(let path, _, _), .linkLeavesCorpus(let path, _):
      path
    }
  }
}
