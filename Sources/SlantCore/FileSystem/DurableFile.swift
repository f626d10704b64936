#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// Whole-file reads and crash-safe writes. A write goes to a temporary file in the same folder,
/// is flushed to disk, renamed over the old file, and the folder is flushed too; the file keeps
/// its mode, and a symbolic link is written through rather than replaced. A process killed at
/// any instant leaves either the old file or the new one, whole.
package enum DurableFile {
  /// A failed read or write, with the path and the system's reason.
  package struct Failure: Error, Equatable {
    package var path: String
    package var reason: String

    package init(path: String, reason: String) {
      self.path = path
      self.reason = reason
    }
  }

  /// The bytes at `path`, or nil when there is no file.
  package static func read(_ path: String) throws(Failure) -> [UInt8]? {
    guard PathName.exists(path) else { return nil }
    do {
      return try TextFileReader.bytes(atPath: path)
    } catch {
      throw Failure(path: path, reason: "\(error)")
    }
  }

  /// The file a path finally names, following symbolic links (relative ones from their folder).
  package static func resolvingLinks(_ path: String) -> String {
    var current = path
    for _ in 0..<40 {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &buffer, buffer.count - 1)
      guard count > 0 else { return current }
      let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      let folder = String(current.dropLast(PathName.lastComponent(current).count))
      current = target.hasPrefix("/") ? target : PathName.normalized((folder.isEmpty ? "." : folder) + "/" + target)
    }
    return current
  }

  /// Runs `body` holding an exclusive `flock` on `<path>.lock`, a separate file, because the
  /// file itself is replaced by each save and a lock on it would be lost with its inode. The
  /// holder removes the lock file before it lets go, so that none is left beside the sidecars;
  /// a writer that locked a file removed meanwhile sees the path name another inode (or none)
  /// and starts again, so two writers never both hold the lock.
  package static func withExclusiveLock<Result>(on path: String, _ body: () throws -> Result) throws -> Result {
    try makeFolder(for: path)
    let lockPath = path + ".lock"
    while true {
      let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else { throw Failure(path: lockPath, reason: systemReason()) }
      while flock(descriptor, LOCK_EX) != 0 {
        guard errno == EINTR else {
          let reason = systemReason()
          close(descriptor)
          throw Failure(path: lockPath, reason: reason)
        }
      }
      var held = stat(), named = stat()
      guard fstat(descriptor, &held) == 0, stat(lockPath, &named) == 0, held.st_ino == named.st_ino, held.st_dev == named.st_dev else {
        close(descriptor)
        continue
      }
      defer {
        unlink(lockPath)
        flock(descriptor, LOCK_UN)
        close(descriptor)
      }
      return try body()
    }
  }

  /// Replaces the file at `path` (or the file its link names) with `bytes`, atomically and
  /// durably; a new file gets `newFileMode` less the umask.
  package static func write(_ bytes: [UInt8], to path: String, newFileMode: mode_t = 0o666) throws(Failure) {
    let replacement = try Replacement(replacing: path, newFileMode: newFileMode)
    try replacement.write(bytes)
    try replacement.commit()
  }

  /// Removes temporary files left beside `path` by writers that were killed; call it only
  /// while holding the lock, when no live writer can own one.
  package static func removeLeftoverTemporaries(of path: String) {
    let target = resolvingLinks(path)
    let folder = folder(of: target), prefix = temporaryPrefix(for: target)
    guard let handle = opendir(folder) else { return }
    var leftovers: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      if name.hasPrefix(prefix) { leftovers.append(name) }
    }
    closedir(handle)
    for name in leftovers { unlink(folder + "/" + name) }
  }

  static func temporaryPrefix(for target: String) -> String { "." + PathName.lastComponent(target) + ".tmp-" }

  static func folder(of path: String) -> String {
    let folder = String(path.dropLast(PathName.lastComponent(path).count))
    return folder.isEmpty ? "." : (folder == "/" ? "/" : String(folder.dropLast()))
  }

  static func makeFolder(for path: String) throws(Failure) {
    try makeFolder(folder(of: path))
  }

  /// Makes `folder` and any missing folders above it, with the system's reason on failure.
  static func makeFolder(_ folder: String) throws(Failure) {
    guard !PathName.isDirectory(folder) else { return }
    let parent = self.folder(of: folder)
    if parent != folder { try makeFolder(parent) }
    guard mkdir(folder, 0o777) == 0 || errno == EEXIST else {
      throw Failure(path: folder, reason: "cannot create the folder: " + systemReason())
    }
  }

  static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        throw Failure(path: path, reason: systemReason())
      }
      offset += written
    }
  }

  static func systemReason() -> String { String(cString: strerror(errno)) }

  /// Flushes the folder `folder` to disk, so that a rename in it survives a power cut.
  static func syncFolder(_ folder: String) throws(Failure) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure(path: folder, reason: systemReason()) }
    defer { close(descriptor) }
    guard fsync(descriptor) == 0 else { throw Failure(path: folder, reason: systemReason()) }
  }
}
