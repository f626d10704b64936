#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension DurableFile {
  /// A new version of a file, written to a temporary file beside it and renamed over it by
  /// `commit()` once complete and flushed to disk, so that an output written as a stream (`slant
  /// score --output`) replaces the previous one whole or not at all. Until then the previous
  /// file stays as it was; `discard()`, or dropping the replacement, removes the temporary file.
  /// A path that names no regular file (`/dev/null`, `/dev/stdout`, a named pipe) is written
  /// straight into: renaming a file over a device would replace the device itself.
  package final class Replacement {
    /// The file replaced: the path given, or the file its link names.
    package let path: String
    /// The temporary file's descriptor, open for writing (or the device's, written straight).
    package let descriptor: Int32
    /// The temporary file renamed over `path` on commit; nil when `path` is written straight.
    private let temporary: String?
    private var isFinished = false

    /// Opens a temporary file beside `path` (making its folder when needed), with the mode of
    /// the file it replaces, or `newFileMode` (less the umask) when there is none.
    package init(replacing path: String, newFileMode: mode_t = 0o666) throws(Failure) {
      let target = DurableFile.resolvingLinks(path)
      try DurableFile.makeFolder(for: target)
      var status = stat()
      let exists = stat(target, &status) == 0
      let kind = status.st_mode & S_IFMT
      if exists && (kind == S_IFCHR || kind == S_IFIFO || kind == S_IFSOCK) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: target, reason: DurableFile.systemReason()) }
        self.path = target
        self.temporary = nil
        self.descriptor = descriptor
        return
      }
      let existingMode: mode_t? = exists ? status.st_mode & 0o7777 : nil
      let temporary = DurableFile.folder(of: target) + "/" + DurableFile.temporaryPrefix(for: target) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, existingMode ?? newFileMode)
      guard descriptor >= 0 else { throw Failure(path: target, reason: DurableFile.systemReason()) }
      if let existingMode, fchmod(descriptor, existingMode) != 0 {
        let reason = DurableFile.systemReason()
        close(descriptor)
        unlink(temporary)
        throw Failure(path: target, reason: reason)
      }
      self.path = target
      self.temporary = temporary
      self.descriptor = descriptor
    }

    deinit { discard() }

    /// Appends `bytes` to the new version.
    package func write(_ bytes: [UInt8]) throws(Failure) {
      do {
        try DurableFile.writeAll(bytes, to: descriptor, path: path)
      } catch {
        discard()
        throw error
      }
    }

    /// Flushes the new version to disk and renames it over the file, then flushes the folder.
    /// On failure the temporary file is removed and the previous file is left as it was.
    package func commit() throws(Failure) {
      guard !isFinished else { return }
      guard let temporary else {
        isFinished = true
        guard close(descriptor) == 0 else { throw Failure(path: path, reason: DurableFile.systemReason()) }
        return
      }
      guard fsync(descriptor) == 0 else {
        let reason = DurableFile.systemReason()
        discard()
        throw Failure(path: path, reason: reason)
      }
      // close can report a failed write-back (NFS, some full disks): check it, too.
      isFinished = true
      guard close(descriptor) == 0 else {
        let reason = DurableFile.systemReason()
        unlink(temporary)
        throw Failure(path: path, reason: reason)
      }
      guard rename(temporary, path) == 0 else {
        let reason = DurableFile.systemReason()
        unlink(temporary)
        throw Failure(path: path, reason: reason)
      }
      try DurableFile.syncFolder(DurableFile.folder(of: path))
    }

    /// Removes the temporary file; the previous file stays as it was.
    package func discard() {
      guard !isFinished else { return }
      isFinished = true
      close(descriptor)
      if let temporary { unlink(temporary) }
    }
  }
}
