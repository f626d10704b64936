/// The planned import into one document's sidecar: a decision per record and the edits that
/// carry it out, for `AnnotationStore.apply(_:to:since:)`.
public struct ImportPlan: Sendable, Hashable {
  public var decisions: [ImportDecision]
  /// Re-anchoring of the sidecar's own annotations to the current text (as any edit does),
  /// then one `add` per new annotation; empty when nothing is new, so a repeated import writes nothing.
  public var edits: [AnnotationEdit]

  public init(decisions: [ImportDecision], edits: [AnnotationEdit]) {
    self.decisions = decisions
    self.edits = edits
  }

  /// Records added where they said.
  public var added: Int { decisions.count { if case .added = $0.outcome { true } else { false } } }
  /// Records added after moving them.
  public var reanchored: Int { decisions.count { if case .reanchored = $0.outcome { true } else { false } } }
  public var duplicates: Int { decisions.count { if case .duplicate = $0.outcome { true } else { false } } }
  public var rejected: Int { decisions.count { if case .rejected = $0.outcome { true } else { false } } }
}
