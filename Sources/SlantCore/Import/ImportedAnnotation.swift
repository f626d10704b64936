import Foundation

/// One annotation read from another tool's file (or Slant's own export), before it is placed in
/// a sidecar: which document it is about, where (in Unicode code points of that document's
/// text), its labels and whatever else the format carried.
public struct ImportedAnnotation: Sendable, Hashable {
  /// The document as the file names it: a Slant document id (`corpus/a.txt`, `feed.jsonl#7`), a
  /// path, or the name of an `ImportedDocument` read from the same file.
  public var document: String
  public var scalarStart: Int
  public var scalarEnd: Int
  /// Sentence or span when the format says; nil lets the planner decide from the text.
  public var unit: AnnotationTarget.Unit?
  public var labels: [String]
  public var annotator: String?
  public var note: String?
  /// The annotated text (and context, where the format has it), checked against the document.
  /// A record with a quote and no position (some W3C annotations) has an empty range at 0 and
  /// is placed where the quote first occurs, context breaking ties.
  public var quote: TextQuoteSelector?
  /// Slant's annotation id, when the file came from Slant (export, W3C).
  public var id: String?
  public var origin: AnnotationOrigin?
  public var created: Date?
  public var modified: Date?
  public var source: ImportSource

  public init(
    document: String, scalarStart: Int, scalarEnd: Int, unit: AnnotationTarget.Unit? = nil, labels: [String], annotator: String? = nil,
    note: String? = nil, quote: TextQuoteSelector? = nil, id: String? = nil, origin: AnnotationOrigin? = nil, created: Date? = nil,
    modified: Date? = nil, source: ImportSource
  ) {
    self.document = document
    self.scalarStart = scalarStart
    self.scalarEnd = scalarEnd
    self.unit = unit
    self.labels = labels
    self.annotator = annotator
    self.note = note
    self.quote = quote
    self.id = id
    self.origin = origin
    self.created = created
    self.modified = modified
    self.source = source
  }

  public var scalarRange: Range<Int> { scalarStart..<max(scalarStart, scalarEnd) }
}
