#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

extension DurableFile {
  /// Many files written into a folder together (a brat export): each is written and flushed in
  /// a hidden staging folder inside the destination, and only when all are complete does
  /// `commit()` rename them into place. A failure before then leaves the destination as it was:
  /// the staging folder is removed, and so is the destination if this made it and it is empty.
  package final class StagedFolder {
    /// The destination folder.
    package let folder: String
    private let staging: String
    /// The first folder on the way to `folder` that did not exist, removed by `discard()`.
    private let createdFolder: String?
    private var files: [String] = []
    private var isFinished = false

    package init(folder: String) throws(Failure) {
      var missing: String?
      var ancestor = PathName.normalized(folder)
      while !PathName.exists(ancestor) {
        missing = ancestor
        let parent = DurableFile.folder(of: ancestor)
        if parent == ancestor { break }
        ancestor = parent
      }
      createdFolder = missing
      self.folder = folder
      staging = folder + "/.slant-staging-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
      do {
        try DurableFile.makeFolder(staging)
      } catch {
        Self.removeIfEmpty(missing, below: folder)
        throw Failure(path: folder, reason: error.reason)
      }
    }

    deinit { discard() }

    /// Writes `bytes` as the file `relativePath` of the folder, into the staging folder for now.
    package func write(_ bytes: [UInt8], to relativePath: String) throws(Failure) {
      let staged = staging + "/" + relativePath
      do throws(Failure) {
        try DurableFile.makeFolder(for: staged)
        let descriptor = open(staged, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Failure(path: folder + "/" + relativePath, reason: DurableFile.systemReason()) }
        defer { close(descriptor) }
        try DurableFile.writeAll(bytes, to: descriptor, path: folder + "/" + relativePath)
        guard fsync(descriptor) == 0 else { throw Failure(path: folder + "/" + relativePath, reason: DurableFile.systemReason()) }
      } catch {
        discard()
        throw Failure(path: folder + "/" + relativePath, reason: error.reason)
      }
      files.append(relativePath)
    }

    /// Renames every staged file into place, flushes the folders, and removes the staging folder.
    package func commit() throws(Failure) {
      guard !isFinished else { return }
      var folders: Set<String> = [folder]
      for relativePath in files {
        let target = folder + "/" + relativePath
        do {
          try DurableFile.makeFolder(for: target)
        } catch {
          discard()
          throw error
        }
        guard rename(staging + "/" + relativePath, target) == 0 else {
          let reason = DurableFile.systemReason()
          discard()
          throw Failure(path: target, reason: reason)
        }
        folders.insert(DurableFile.folder(of: target))
      }
      isFinished = true
      try? FileManager.default.removeItem(atPath: staging)
      for synced in folders.sorted() { try DurableFile.syncFolder(synced) }
    }

    /// Removes the staging folder, and the destination when this made it and it is empty.
    package func discard() {
      guard !isFinished else { return }
      isFinished = true
      try? FileManager.default.removeItem(atPath: staging)
      Self.removeIfEmpty(createdFolder, below: folder)
    }

    /// Removes the empty folders from `folder` up to `top`, which this made.
    private static func removeIfEmpty(_ top: String?, below folder: String) {
      guard let top else { return }
      var current = PathName.normalized(folder)
      while rmdir(current) == 0, current != top {
        current = DurableFile.folder(of: current)
      }
    }
  }
}
