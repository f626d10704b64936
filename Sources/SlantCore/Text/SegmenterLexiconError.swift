/// Errors raised while reading a segmenter lexicon (`lexicons/abbreviations.list`).
public enum SegmenterLexiconError: Error, Equatable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case malformedLine(path: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read segmenter lexicon: \(reason)"
    case .malformedLine(let path, let line, let reason): "\(path):\(line): \(reason)"
    }
  }
}
