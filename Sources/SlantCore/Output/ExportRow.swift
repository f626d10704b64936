/// One row of `slant export`: an annotation (or, with `--all-sentences`, an unannotated
/// sentence) with its document's metadata and the scorer's finding for the same sentence.
public struct ExportRow: Sendable, Hashable {
  public var document: String
  public var outlet: String?
  public var date: String?
  public var sentenceIndex: Int?
  public var scalarStart: Int
  public var scalarEnd: Int
  public var unit: AnnotationTarget.Unit
  public var text: String
  public var labels: [String]
  public var annotationID: String?
  public var annotator: String?
  public var note: String?
  public var origin: AnnotationOrigin?
  public var isOrphaned: Bool
  /// The scorer's sentence for this row, when the row has a sentence.
  public var scorer: ScorerFinding?

  /// What the scorer found in a row's sentence, for people to check it against their labels.
  public struct ScorerFinding: Sendable, Hashable {
    public var label: SupportLabel
    public var reason: String
    /// Each hit as `text:category`.
    public var hits: [String]

    public init(label: SupportLabel, reason: String, hits: [String]) {
      self.label = label
      self.reason = reason
      self.hits = hits
    }
  }

  /// Whether the person and the scorer gave the sentence the same support label; nil when the
  /// person gave no support label (only loaded language or frames, say) or there is no scorer.
  public var agreesWithScorer: Bool? {
    guard let scorer else { return nil }
    let given = labels.compactMap(SupportLabel.init(rawValue:))
    return given.isEmpty ? nil : given.contains(scorer.label)
  }

  public init(
    document: String, outlet: String?, date: String?, sentenceIndex: Int?, scalarStart: Int, scalarEnd: Int, unit: AnnotationTarget.Unit,
    text: String, labels: [String] = [], annotationID: String? = nil, annotator: String? = nil, note: String? = nil,
    origin: AnnotationOrigin? = nil, isOrphaned: Bool = false, scorer: ScorerFinding? = nil
  ) {
    self.document = document
    self.outlet = outlet
    self.date = date
    self.sentenceIndex = sentenceIndex
    self.scalarStart = scalarStart
    self.scalarEnd = scalarEnd
    self.unit = unit
    self.text = text
    self.labels = labels
    self.annotationID = annotationID
    self.annotator = annotator
    self.note = note
    self.origin = origin
    self.isOrphaned = isOrphaned
    self.scorer = scorer
  }

  /// A named column and how a row fills it.
  public struct Column: Sendable {
    public var name: String
    public var value: @Sendable (ExportRow) -> ExportValue
  }

  /// The export's columns, in order: the one place where columns are defined.
  public static let columns: [Column] = [
    Column(name: "document") { .text($0.document) },
    Column(name: "outlet") { $0.outlet.map(ExportValue.text) ?? .missing },
    Column(name: "date") { $0.date.map(ExportValue.text) ?? .missing },
    Column(name: "sentence") { $0.sentenceIndex.map(ExportValue.integer) ?? .missing },
    Column(name: "start") { .integer($0.scalarStart) },
    Column(name: "end") { .integer($0.scalarEnd) },
    Column(name: "unit") { .text($0.unit.rawValue) },
    Column(name: "text") { .text($0.text) },
    Column(name: "labels") { .list($0.labels) },
    Column(name: "id") { $0.annotationID.map(ExportValue.text) ?? .missing },
    Column(name: "annotator") { $0.annotator.map(ExportValue.text) ?? .missing },
    Column(name: "note") { $0.note.map(ExportValue.text) ?? .missing },
    Column(name: "origin") { $0.origin.map { .text($0.kind) } ?? .missing },
    Column(name: "origin_reason") { $0.origin?.reason.map(ExportValue.text) ?? .missing },
    Column(name: "orphaned") { .boolean($0.isOrphaned) },
    Column(name: "scorer_label") { $0.scorer.map { .text($0.label.rawValue) } ?? .missing },
    Column(name: "scorer_reason") { $0.scorer.map { .text($0.reason) } ?? .missing },
    Column(name: "scorer_hits") { $0.scorer.map { .list($0.hits) } ?? .missing },
    Column(name: "agrees") { $0.agreesWithScorer.map(ExportValue.boolean) ?? .missing },
  ]

  /// An empty table with the export's columns.
  public static func table() -> ExportTable { ExportTable(columns: columns.map(\.name)) }

  /// The row's cells, in column order.
  public var values: [ExportValue] { Self.columns.map { $0.value(self) } }
}
