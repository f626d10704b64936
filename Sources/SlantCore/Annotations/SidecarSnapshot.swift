/// A sidecar as read from disk, with the exact bytes it was read from (nil when there was no
/// file), so that a later save can tell whether another writer changed it meanwhile.
public struct SidecarSnapshot: Sendable {
  public var sidecar: Sidecar
  /// Where the sidecar is stored.
  public var path: String
  /// The bytes read; nil when the document had no sidecar yet.
  public var bytes: [UInt8]?

  public init(sidecar: Sidecar, path: String, bytes: [UInt8]?) {
    self.sidecar = sidecar
    self.path = path
    self.bytes = bytes
  }

  /// Whether a sidecar file existed when this snapshot was taken.
  public var exists: Bool { bytes != nil }
}
