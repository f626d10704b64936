import Foundation

/// Finds and reads the documents of a corpus: files and folders of `.txt`/`.md` articles, HTML
/// pages, and `.jsonl` and `.csv` collections, with metadata resolved field by field from, in order, the document's
/// sidecar (set by people), its own header (front matter, date prefix, JSON fields), the
/// folder's `manifest.csv`, and the outlet folder it sits in.
public struct CorpusLoader: Sendable {
  /// The folder that document ids are relative to.
  public var workspace: String
  /// Human-set metadata for a document, from its annotation sidecar.
  public var sidecarMetadata: @Sendable (DocumentID) -> DocumentMetadata?
  /// Whether a file that is not UTF-8 is refused (`--strict-encoding`) rather than read as
  /// Windows-1252.
  public var isEncodingStrict = false

  public init(workspace: String = ".", sidecarMetadata: @escaping @Sendable (DocumentID) -> DocumentMetadata? = { _ in nil }) {
    self.workspace = workspace
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
    var manifests = ManifestIndex()
    for path in paths {
      guard PathName.exists(path) else {
        listing.problems.append(.missing(path: path))
        continue
      }
      if PathName.isDirectory(path) {
        var walker = DirectoryWalker()
        let found = walker.files(below: path, errors: &listing.problems, warnings: &listing.warnings)
        for manifest in found where PathName.lastComponent(manifest) == Manifest.fileName {
          manifests.load(manifest, problems: &listing.problems)
        }
        let root = PathName.normalized(path)
        for file in found {
          guard let format = CorpusFile.format(ofPath: file) else {
            if PathName.lastComponent(file) != Manifest.fileName { listing.otherFiles.append(file) }
            continue
          }
          guard isNew(file) else { continue }
          var inherited = manifests.metadata(for: file)
          inherited.outlet = inherited.outlet ?? Self.outletFolder(of: file, below: root)
          listing.files.append(CorpusFile(path: file, format: format, inheritedMetadata: inherited))
        }
      } else if let format = CorpusFile.format(ofPath: path) {
        guard isNew(path) else { continue }
        let folder = String(path.dropLast(PathName.lastComponent(path).count))
        let manifest = (folder.isEmpty ? "" : folder) + Manifest.fileName
        if PathName.exists(manifest) { manifests.load(manifest, problems: &listing.problems) }
        listing.files.append(CorpusFile(path: path, format: format, inheritedMetadata: manifests.metadata(for: path)))
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

/// The manifests read so far, by the documents they describe.
private struct ManifestIndex {
  var loaded: Set<String> = []
  var entries: [String: DocumentMetadata] = [:]

  mutating func load(_ path: String, problems: inout [CorpusError]) {
    guard loaded.insert(PathName.absolute(path)).inserted else { return }
    do {
      for (document, metadata) in try Manifest(path: path).entries {
        entries[PathName.absolute(document)] = metadata
      }
    } catch let error as CorpusError {
      problems.append(error)
    } catch {
      problems.append(.unreadable(path: path, reason: "\(error)"))
    }
  }

  func metadata(for file: String) -> DocumentMetadata {
    entries.isEmpty ? DocumentMetadata() : entries[PathName.absolute(file)] ?? DocumentMetadata()
  }
}
