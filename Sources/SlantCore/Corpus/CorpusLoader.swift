import Foundation

/// Finds and reads the documents of a corpus: files and folders of `.txt`/`.md` articles, HTML
/// pages, and `.jsonl` and `.csv` collections, with metadata resolved field by field from, in order, the document's
/// sidecar (set by people), its own header (front matter, date prefix, JSON fields), the
/// nearest `manifest.csv` that lists it (in its folder or a parent, up to the workspace, or up
/// to the folder given when that lies outside the workspace) or the one manifest named, and the
/// outlet folder it sits in.
public struct CorpusLoader: Sendable {
  /// The folder that document ids are relative to.
  public var workspace: String
  /// The one manifest to read instead of looking for `manifest.csv` beside the documents.
  public var manifest: String?
  /// Human-set metadata for a document, from its annotation sidecar.
  public var sidecarMetadata: @Sendable (DocumentID) -> DocumentMetadata?
  /// Whether a file that is not UTF-8 is refused (`--strict-encoding`) rather than read as
  /// Windows-1252.
  public var isEncodingStrict = false

  public init(
    workspace: String = ".", manifest: String? = nil, sidecarMetadata: @escaping @Sendable (DocumentID) -> DocumentMetadata? = { _ in nil }
  ) {
    self.workspace = workspace
    self.manifest = manifest
    self.sidecarMetadata = sidecarMetadata
  }

  /// The corpus files named by `paths` (files or folders walked recursively, hidden entries
  /// skipped, in sorted order, each file once). A link to a folder outside the folder named is
  /// not followed: a corpus is what lies below the folder given.
  public func list(_ paths: [String]) -> CorpusListing {
    var listing = CorpusListing()
    // Only several paths can name one file twice; one folder walk lists each file once, and
    // skipping the set keeps a listing's memory to the paths themselves.
    var seen: Set<String> = []
    let mayRepeat = paths.count > 1
    func isNew(_ file: String) -> Bool { !mayRepeat || seen.insert(PathName.absolute(file)).inserted }
    var manifests = ManifestIndex(workspace: PathName.absolute(workspace), named: manifest.map(PathName.absolute))
    if let manifest {
      if PathName.exists(manifest) { manifests.load(manifest, problems: &listing.problems) } else { listing.problems.append(.missing(path: manifest)) }
    }
    for path in paths {
      guard PathName.exists(path) else {
        listing.problems.append(.missing(path: path))
        continue
      }
      if PathName.isDirectory(path) {
        var walker = DirectoryWalker()
        let found = walker.files(below: path, errors: &listing.problems, warnings: &listing.warnings)
        let root = PathName.normalized(path)
        for file in found {
          guard let format = CorpusFile.format(ofPath: file) else {
            if PathName.lastComponent(file) != Manifest.fileName { listing.otherFiles.append(file) }
            continue
          }
          guard isNew(file) else { continue }
          var inherited = manifests.metadata(for: file, below: root, problems: &listing.problems)
          inherited.outlet = inherited.outlet ?? Self.outletFolder(of: file, below: root)
          listing.files.append(CorpusFile(path: file, format: format, inheritedMetadata: inherited))
        }
      } else if let format = CorpusFile.format(ofPath: path) {
        guard isNew(path) else { continue }
        let inherited = manifests.metadata(for: path, below: PathName.normalized(path), problems: &listing.problems)
        listing.files.append(CorpusFile(path: path, format: format, inheritedMetadata: inherited))
      } else {
        listing.problems.append(.unsupported(path: path))
      }
    }
    return listing
  }

  /// The documents in `file`: one for a text file, one per line for JSON Lines. Lines of a JSON
  /// Lines file that cannot be read are returned as problems; a file that cannot be read throws.
  public func documents(in file: CorpusFile) throws -> (documents: [Document], problems: [CorpusError]) {
    switch file.format {
    case .text, .html:
      let (text, source) = try TextFileReader.decodedText(atPath: file.path, isStrict: isEncodingStrict)
      let id = DocumentID(path: PathName.relative(file.path, to: workspace))
      guard file.format == .html || HTMLTextExtractor.looksLikeHTML(text) else {
        return ([document(id: id, text: text, ownMetadata: DocumentMetadata(), inherited: file.inheritedMetadata, source: source)], [])
      }
      let article = HTMLTextExtractor().article(in: text)
      var extracted = source
      extracted.isExtractedFromHTML = true
      return ([document(id: id, text: article.text, ownMetadata: DocumentMetadata(title: article.title), inherited: file.inheritedMetadata, source: extracted)], [])
    case .jsonLines:
      return try jsonLinesDocuments(in: file)
    case .csv:
      return try csvDocuments(in: file)
    }
  }

  /// Every document under `paths`, with every problem met on the way.
  public func load(_ paths: [String]) -> (documents: [Document], problems: [CorpusError]) {
    let listing = list(paths)
    var documents: [Document] = []
    var problems = listing.problems
    for file in listing.files {
      do {
        let result = try self.documents(in: file)
        documents += result.documents
        problems += result.problems
      } catch let error as CorpusError {
        problems.append(error)
      } catch {
        problems.append(.unreadable(path: file.path, reason: "\(error)"))
      }
    }
    return (documents, problems)
  }

  /// A document from its text, with metadata resolved in order of authority.
  public func document(
    id: DocumentID, text: String, ownMetadata: DocumentMetadata, inherited: DocumentMetadata, source: TextSource = .plainUTF8
  ) -> Document {
    let header = DocumentHeader(of: text)
    var metadata = ownMetadata.filled(from: header.metadata).filled(from: inherited)
    if let human = sidecarMetadata(id) { metadata = human.filled(from: metadata) }
    return Document(id: id, text: text, bodyUTF8Range: header.bodyStart..<text.utf8.count, metadata: metadata, source: source)
  }

  /// The first folder below `root` on the way to `file`: the outlet in `corpus/<outlet>/a.txt`.
  static func outletFolder(of file: String, below root: String) -> String? {
    let relative = PathName.relative(file, to: root).split(separator: "/")
    return relative.count >= 2 ? String(relative[0]) : nil
  }
}

/// The manifests read so far, each once, by folder: the nearest one that lists a file gives
/// its metadata, whichever was read first.
private struct ManifestIndex {
  /// The absolute workspace: the last folder looked in.
  let workspace: String
  /// The absolute path of the one manifest named, when one was.
  let named: String?
  /// Each folder looked in, with its manifest's entries (by absolute path), or nil for none.
  var folders: [String: [String: DocumentMetadata]?] = [:]

  init(workspace: String, named: String?) {
    self.workspace = workspace
    self.named = named
  }

  /// Reads the manifest at `path` into the entries of its folder.
  mutating func load(_ path: String, problems: inout [CorpusError]) {
    let absolute = PathName.absolute(path)
    let folder = Self.parent(of: absolute) ?? "/"
    var entries: [String: DocumentMetadata] = [:]
    do {
      for (document, metadata) in try Manifest(path: path).entries { entries[PathName.absolute(document)] = metadata }
    } catch let error as CorpusError {
      problems.append(error)
    } catch {
      problems.append(.unreadable(path: path, reason: "\(error)"))
    }
    folders[named == nil ? folder : ""] = entries
  }

  /// The metadata of `file` from the nearest manifest that lists it: in its folder, then each
  /// parent up to the workspace, or up to `root` (the path given) when that lies outside it; or
  /// from the manifest named, when one was.
  mutating func metadata(for file: String, below root: String, problems: inout [CorpusError]) -> DocumentMetadata {
    let absolute = PathName.absolute(file), top = PathName.absolute(root)
    if named != nil { return (folders[""] ?? nil)?[absolute] ?? DocumentMetadata() }
    var folder = Self.parent(of: absolute)
    while let current = folder {
      if folders[current] == nil {
        let candidate = (current == "/" ? "/" : current + "/") + Manifest.fileName
        if PathName.exists(candidate) { load(candidate, problems: &problems) } else { folders[current] = .some(nil) }
      }
      if let entries = folders[current] ?? nil, let metadata = entries[absolute] { return metadata }
      let inside = current.hasPrefix(workspace + "/") || (current.hasPrefix(top + "/") && !top.hasPrefix(workspace + "/"))
      folder = inside ? Self.parent(of: current) : nil
    }
    return DocumentMetadata()
  }

  private static func parent(of path: String) -> String? {
    guard let slash = path.lastIndex(of: "/") else { return nil }
    return slash == path.startIndex ? (path == "/" ? nil : "/") : String(path[..<slash])
  }
}
