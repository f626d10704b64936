#if canImport(Glibc)
  import Glibc
#endif
import Foundation

/// A small tmpfs mounted on a fresh folder, then filled, so that a test can watch Slant meet a
/// full disk. Mounting needs root (or a user namespace); where it is not allowed, the tests
/// that need it are skipped with a message saying why.
final class SmallDisk {
  let path: String

  /// Whether this machine lets the tests mount a tmpfs.
  static let isAvailable: Bool = {
    guard let probe = try? SmallDisk(kilobytes: 64) else {
      print("skipping the full-disk tests: mounting a tmpfs is not allowed here (run as root to include them)")
      return false
    }
    _ = probe
    return true
  }()

  /// Mounts a tmpfs of `kilobytes` on a new folder under the system's temporary folder.
  init(kilobytes: Int) throws {
    path = NSTemporaryDirectory() + "slant-disk-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard mount("tmpfs", path, "tmpfs", 0, "size=\(kilobytes)k") == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: path)
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSLocalizedDescriptionKey: "cannot mount a tmpfs: \(reason)"])
    }
  }

  deinit {
    umount2(path, Int32(MNT_DETACH))
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Fills every free block with a file named `.filler`, so that the next write that needs a
  /// block fails with ENOSPC.
  func fill() {
    let descriptor = open(path + "/.filler", O_WRONLY | O_CREAT | O_APPEND, 0o644)
    defer { close(descriptor) }
    for chunk in [65536, 4096, 1] {
      let bytes = [UInt8](repeating: 0x2E, count: chunk)
      while bytes.withUnsafeBytes({ write(descriptor, $0.baseAddress, chunk) }) == chunk {}
    }
  }

  /// The names in the folder (recursively), hidden ones included, `.filler` aside.
  func contents() -> [String] {
    ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []).filter { $0 != ".filler" }.sorted()
  }
}
