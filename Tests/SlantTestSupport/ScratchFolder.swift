import Foundation

/// A fresh folder under the system's temporary folder, removed when the suite instance that
/// made it is done, so that test runs leave nothing behind.
public final class ScratchFolder: Sendable {
  public let path: String

  public init(_ prefix: String) throws {
    path = NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
