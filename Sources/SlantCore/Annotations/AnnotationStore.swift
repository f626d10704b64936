/// The sidecar files of a workspace: where each document's sidecar lives, reading them, and
/// saving edits so that nothing is ever lost. A save takes a lock, re-reads the sidecar, applies
/// the edits to what is on disk now (merging another writer's changes or refusing a conflict),
/// and writes atomically and durably. A sidecar that does not parse is never overwritten.
///
/// Layout: `seeds/a.txt` is annotated in `<folder>/seeds/a.json`; the article `7` of `feed.jsonl`
/// in `<folder>/feed/7.json`. A `..` component of a document outside the workspace becomes
/// `_parent_`, a leading `/` becomes `_root_/`, and other characters unsafe in a file name are
/// percent-encoded. A sidecar path that a symbolic link takes outside the folder is refused, for
/// reading and for writing: a save must never create or change a file elsewhere.
public struct AnnotationStore: Sendable {
  /// The annotations folder (`annotations/` in the workspace by default).
  public var folder: String

  public init(folder: String) { self.folder = folder }

  /// The sidecar file of the document `id`.
  public func sidecarPath(for id: DocumentID) -> String {
    (folder.hasSuffix("/") ? folder : folder + "/") + Self.relativePath(for: id, fileExtension: "json")
  }

  /// The path, relative to a folder, that mirrors the document `id` with its extension replaced
  /// by `fileExtension`: the sidecar layout, also used for files exported per document.
  public static func relativePath(for id: DocumentID, fileExtension: String) -> String {
    // Built on bytes: it runs once per document of every batch, to look for its sidecar.
    let slash = UInt8(ascii: "/")
    var components: [[UInt8]] = id.path.utf8.first == slash ? [Array("_root_".utf8)] : []
    for part in id.path.utf8.split(separator: slash) where !part.elementsEqual(".".utf8) {
      components.append(part.elementsEqual("..".utf8) ? Array("_parent_".utf8) : fileNameSafe(part))
    }
    var last = components.popLast() ?? Array("_".utf8)
    if let dot = last.lastIndex(of: UInt8(ascii: ".")), dot != 0 { last.removeSubrange(dot...) }
    if let fragment = id.fragment {
      components.append(last)
      last = fileNameSafe(fragment.utf8)
    }
    var path: [UInt8] = []
    for component in components {
      path += component
      path.append(slash)
    }
    path += last
    path.append(UInt8(ascii: "."))
    path += fileExtension.utf8
    return String(decoding: path, as: UTF8.self)
  }

  /// The sidecar of `id` as on disk, or an empty one when it has none yet.
  /// - Throws: `AnnotationError` when the sidecar cannot be read or parsed.
  public func load(_ id: DocumentID) throws -> SidecarSnapshot {
    let path = sidecarPath(for: id)
    let bytes: [UInt8]?
    do {
      bytes = try DurableFile.read(path)
    } catch {
      throw AnnotationError.unreadable(path: error.path, reason: error.reason)
    }
    guard let bytes else { return SidecarSnapshot(sidecar: Sidecar(document: id), path: path, bytes: nil) }
    // Checked only for a sidecar that exists: most documents of a large corpus have none.
    try checkInsideFolder(path)
    return SidecarSnapshot(sidecar: try SidecarFormat.decode(bytes, path: path), path: path, bytes: bytes)
  }

  /// The metadata people set for `id`, or nil when there is none or the sidecar is unreadable
  /// (commands that read annotations report that problem themselves).
  public func metadata(for id: DocumentID) -> DocumentMetadata? {
    guard let snapshot = try? load(id), snapshot.exists, !snapshot.sidecar.metadata.isEmpty else { return nil }
    return snapshot.sidecar.metadata
  }

  /// Applies `edits` to the sidecar of `id` as it is on disk now and saves it.
  /// - Parameter snapshot: what the caller read before making the edits, to report whether
  ///   another writer changed the sidecar since; nil when the caller did not read it.
  /// - Throws: `AnnotationError.conflict` when an edit collides with another writer's change,
  ///   and the errors of `load`; in both cases nothing is written.
  public func apply(_ edits: [AnnotationEdit], to id: DocumentID, since snapshot: SidecarSnapshot? = nil) throws -> AnnotationSaveResult {
    let path = sidecarPath(for: id)
    try checkInsideFolder(path)
    do {
      return try DurableFile.withExclusiveLock(on: DurableFile.resolvingLinks(path)) {
        DurableFile.removeLeftoverTemporaries(of: path)
        let current = try load(id)
        let updated = try current.sidecar.applying(edits, path: path)
        let bytes = try SidecarFormat.encode(updated)
        if bytes != current.bytes {
          try DurableFile.write(bytes, to: path)
        }
        let merged = snapshot.map { $0.bytes != current.bytes } ?? false
        return AnnotationSaveResult(
          snapshot: SidecarSnapshot(sidecar: updated, path: path, bytes: bytes), inverses: edits.reversed().map(\.inverse),
          mergedChangesFromOthers: merged)
      }
    } catch let failure as DurableFile.Failure {
      throw AnnotationError.unwritable(path: failure.path, reason: failure.reason)
    }
  }

  /// Throws `AnnotationError.outsideFolder` when links take `path` out of the folder.
  private func checkInsideFolder(_ path: String) throws {
    guard !PathName.isInside(path, folder: folder) else { return }
    throw AnnotationError.outsideFolder(path: path, target: PathName.resolvingAllLinks(path), folder: folder)
  }

  /// `name` with every byte that could misbehave in a file name written as `%XX`.
  private static func fileNameSafe(_ name: some Collection<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(name.count)
    for (index, byte) in name.enumerated() {
      if isFileNameSafe(byte, at: index) {
        result.append(byte)
      } else {
        result += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
      }
    }
    return result
  }

  private static let hexDigits = Array("0123456789ABCDEF".utf8)

  private static func isFileNameSafe(_ byte: UInt8, at index: Int) -> Bool {
    byte >= 0x80 || ScalarClass.isWord(Unicode.Scalar(byte)) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
      || (byte == UInt8(ascii: ".") && index > 0)
  }
}
