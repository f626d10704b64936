/// What one imported file held: the articles it carried (if its format carries text), the
/// annotations on documents named by reference, and a problem for each record left out.
public struct ImportBatch: Sendable, Hashable {
  public var format: ImportFormat
  /// Articles whose text came with the file, each with its annotations.
  public var documents: [ImportedDocument] = []
  /// Annotations of documents the file names but does not carry (Slant export, W3C).
  public var annotations: [ImportedAnnotation] = []
  public var problems: [ImportProblem] = []
  /// Rows that carry no labels (the sentence rows of `slant export --all-sentences`): not annotations.
  public var unlabelledRecords = 0

  public init(format: ImportFormat) { self.format = format }

  /// Every annotation, carried documents' first, in file order.
  public var allAnnotations: [ImportedAnnotation] { documents.flatMap(\.annotations) + annotations }
}
