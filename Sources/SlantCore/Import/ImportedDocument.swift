/// An article whose text came inside the imported file (doccano, Label Studio) or beside it
/// (brat's `.txt`), with the annotations made on it, whose `document` is this one's `name`.
public struct ImportedDocument: Sendable, Hashable {
  /// A name for the article, unique within its file: a path the file gives, or the record's id.
  public var name: String
  public var text: String
  public var annotations: [ImportedAnnotation]
  public var source: ImportSource

  public init(name: String, text: String, annotations: [ImportedAnnotation] = [], source: ImportSource) {
    self.name = name
    self.text = text
    self.annotations = annotations
    self.source = source
  }
}

extension ImportedDocument {
  /// Where to keep the article in a corpus folder when no corpus document has its text: its
  /// name under a folder named for the file it came from (`babe.jsonl`'s `17` → `babe/17.txt`),
  /// made safe as sidecar paths are.
  public var suggestedPath: String {
    AnnotationStore.relativePath(for: DocumentID(path: PathName.lastComponent(source.path), fragment: name), fileExtension: "txt")
  }
}
