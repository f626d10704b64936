/// A change to annotations that breaks one of `AnnotationEditor`'s rules. `slant annotate` and
/// the shell print the same line for it.
public enum AnnotationEditError: Error, Equatable, CustomStringConvertible {
  case unknownLabel(String, suggestion: String?)
  case sentenceOutOfRange(document: String, count: Int, requested: Int)

  public var description: String {
    switch self {
    case .unknownLabel(let label, let suggestion):
      "unknown label '\(label)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "") + "; the labels are listed in annotations/labels.txt"
    case .sentenceOutOfRange(let document, let count, let requested):
      count == 0 ? "\(document) has no sentences (its text is empty), so there is no sentence \(requested)" : "\(document) has sentences 0-\(count - 1), not \(requested)"
    }
  }
}
