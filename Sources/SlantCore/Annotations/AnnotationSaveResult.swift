/// What a save did: the sidecar now on disk, the edits that undo it, and whether another
/// writer's changes were found and kept.
public struct AnnotationSaveResult: Sendable {
  public var snapshot: SidecarSnapshot
  /// The inverses of the edits applied, in the order to apply them to undo the save.
  public var inverses: [AnnotationEdit]
  /// Whether the sidecar had changed on disk since the caller's snapshot, and was merged.
  public var mergedChangesFromOthers: Bool
}
