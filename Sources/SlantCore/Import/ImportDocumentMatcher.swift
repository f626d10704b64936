/// Finds which corpus document an imported record or article is about, so that the command can
/// load its sidecar: by id, by the path `slant export` gave its copy (brat's `DOC.txt`), or, for
/// an article that came with its text, by identical text; a W3C target's source by the article's
/// URL when export wrote that instead of the path.
public struct ImportDocumentMatcher: Sendable {
  private let ids: [String: DocumentID]
  /// Each document's path as export mirrors it (`AnnotationStore.relativePath`, `.txt`).
  private let mirrored: [(path: String, id: DocumentID)]
  private let byFingerprint: [String: [DocumentID]]

  public init(documents: [Document]) {
    var ids: [String: DocumentID] = [:]
    var byFingerprint: [String: [DocumentID]] = [:]
    var urls: [String: [DocumentID]] = [:]
    for document in documents {
      ids[document.id.description] = document.id
      if let url = document.metadata.url { urls[url, default: []].append(document.id) }
      byFingerprint[TextFingerprint.of(document.text), default: []].append(document.id)
    }
    // A URL names a document only when one document has it.
    for (url, named) in urls where named.count == 1 && ids[url] == nil { ids[url] = named[0] }
    self.ids = ids
    self.byFingerprint = byFingerprint
    mirrored = documents.map { (AnnotationStore.relativePath(for: $0.id, fileExtension: "txt"), $0.id) }
  }

  /// The document `reference` names: its id (a leading `./` ignored), else the one document whose
  /// exported copy's path ends `reference` or is ended by it at a folder boundary; nil when none
  /// or several fit.
  public func document(named reference: String) -> DocumentID? {
    var name = Substring(reference)
    while name.hasPrefix("./") { name = name.dropFirst(2) }
    if let id = ids[String(name)] { return id }
    let fits = mirrored.filter { Self.endsAtComponent(String(name), $0.path) || Self.endsAtComponent($0.path, String(name)) }
    return fits.count == 1 ? fits[0].id : nil
  }

  /// The document an imported article is: the one corpus document with the same text, else by name.
  public func document(for imported: ImportedDocument) -> DocumentID? {
    if let same = byFingerprint[TextFingerprint.of(imported.text)], same.count == 1 { return same[0] }
    return document(named: imported.name)
  }

  /// Whether `path` ends with `suffix` at a `/` boundary.
  private static func endsAtComponent(_ path: String, _ suffix: String) -> Bool {
    guard !suffix.isEmpty, path.hasSuffix(suffix) else { return false }
    return path.count == suffix.count || path.dropLast(suffix.count).hasSuffix("/")
  }
}
