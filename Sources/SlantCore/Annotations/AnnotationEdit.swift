/// One change to a sidecar, carrying the state it expects to replace, so that it can be undone
/// (its `inverse`), journaled by the shell, and applied to a sidecar that another writer changed
/// meanwhile: it merges when it touches something the other writer did not, and is refused
/// when both changed the same thing.
public enum AnnotationEdit: Sendable, Hashable {
  case add(Annotation)
  case remove(Annotation)
  case update(from: Annotation, to: Annotation)
  case setMetadata(from: DocumentMetadata, to: DocumentMetadata)
  case setTextFingerprint(from: String?, to: String?)

  /// The edit that undoes this one.
  public var inverse: AnnotationEdit {
    switch self {
    case .add(let annotation): .remove(annotation)
    case .remove(let annotation): .add(annotation)
    case .update(let old, let new): .update(from: new, to: old)
    case .setMetadata(let old, let new): .setMetadata(from: new, to: old)
    case .setTextFingerprint(let old, let new): .setTextFingerprint(from: new, to: old)
    }
  }
}
