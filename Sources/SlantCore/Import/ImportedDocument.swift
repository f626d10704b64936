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
