extension Sidecar {
  /// Applies `edit`, or throws `AnnotationError.conflict` (naming `path`) when the sidecar holds
  /// something other than what the edit expects. An edit whose result is already there is a no-op.
  public mutating func apply(_ edit: AnnotationEdit, path: String) throws {
    switch edit {
    case .add(let annotation):
      if let existing = self.annotation(withID: annotation.id), existing != annotation {
        throw AnnotationError.conflict(path: path, annotationID: annotation.id, reason: "already exists with other content")
      }
      put(annotation)
    case .remove(let annotation):
      guard let existing = self.annotation(withID: annotation.id) else { return }
      guard existing == annotation else {
        throw AnnotationError.conflict(path: path, annotationID: annotation.id, reason: "was changed by another writer since it was read")
      }
      removeAnnotation(withID: annotation.id)
    case .update(let old, let new):
      guard let existing = self.annotation(withID: old.id) else {
        throw AnnotationError.conflict(path: path, annotationID: old.id, reason: "was removed by another writer since it was read")
      }
      guard existing == old || existing == new else {
        throw AnnotationError.conflict(path: path, annotationID: old.id, reason: "was changed by another writer since it was read")
      }
      removeAnnotation(withID: old.id)
      put(new)
    case .setMetadata(let old, let new):
      for field in Set(old.allFieldNames + new.allFieldNames).sorted() where old[field: field] != new[field: field] {
        let current = metadata[field: field]
        guard current == old[field: field] || current == new[field: field] else {
          throw AnnotationError.conflict(path: path, annotationID: nil, reason: "metadata field '\(field)' was changed by another writer to '\(current ?? "")'")
        }
        metadata[field: field] = new[field: field]
      }
    case .setTextFingerprint(let old, let new):
      guard textFingerprint == old || textFingerprint == new else {
        throw AnnotationError.conflict(path: path, annotationID: nil, reason: "was re-anchored by another writer to another version of the text")
      }
      textFingerprint = new
    }
  }

  /// The sidecar with `edits` applied in order.
  public func applying(_ edits: [AnnotationEdit], path: String) throws -> Sidecar {
    var result = self
    for edit in edits { try result.apply(edit, path: path) }
    return result
  }
}
