/// What the planner decided for one imported record.
public struct ImportDecision: Sendable, Hashable, CustomStringConvertible {
  public enum Outcome: Sendable, Hashable {
    /// Placed where the record said; this annotation is added.
    case added(Annotation)
    /// Placed elsewhere than the record said (its quote moved, or a sentence record was fitted
    /// to Slant's sentence); this annotation is added, and `reason` says what moved.
    case reanchored(Annotation, reason: String)
    /// The sidecar (or an earlier record of the import) already holds it: nothing to add.
    case duplicate(existingID: String)
    /// Left out, with the reason.
    case rejected(reason: String)
  }

  public var record: ImportedAnnotation
  public var outcome: Outcome

  public init(record: ImportedAnnotation, outcome: Outcome) {
    self.record = record
    self.outcome = outcome
  }

  /// The annotation to add, if any.
  public var annotation: Annotation? {
    switch outcome {
    case .added(let annotation), .reanchored(let annotation, _): annotation
    case .duplicate, .rejected: nil
    }
  }

  /// `file:line: what happened`, for the import's report.
  public var description: String {
    switch outcome {
    case .added(let annotation): "\(record.source): added \(annotation.id)"
    case .reanchored(let annotation, let reason): "\(record.source): added \(annotation.id); \(reason)"
    case .duplicate(let id): "\(record.source): already there as \(id)"
    case .rejected(let reason): "\(record.source): \(reason)"
    }
  }
}
