import Foundation

/// One human judgement about a sentence or span: its labels, an optional note, who made it and
/// when. Keyed by a stable id so that concurrent edits merge and the shell can journal them.
public struct Annotation: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  public var target: AnnotationTarget
  public var labels: [String]
  public var note: String?
  public var annotator: String
  public var created: Date
  public var modified: Date
  public var origin: AnnotationOrigin
  /// Set when the text changed and the target could not be found again; the annotation is kept.
  public var isOrphaned: Bool
  /// Fields another tool or a person added, written back unchanged.
  public var unknownFields = UnknownFields()
  /// Fields added inside `origin`, which is an enum and cannot hold them itself.
  public var unknownOriginFields = UnknownFields()

  public init(
    id: String = Annotation.newID(), target: AnnotationTarget, labels: [String], note: String? = nil, annotator: String,
    created: Date = Annotation.now(), modified: Date? = nil, origin: AnnotationOrigin = .human, isOrphaned: Bool = false
  ) {
    self.id = id
    self.target = target
    self.labels = labels
    self.note = note
    self.annotator = annotator
    self.created = created
    self.modified = modified ?? created
    self.origin = origin
    self.isOrphaned = isOrphaned
  }

  /// A fresh id: 12 random hex digits, short enough to type at the shell.
  public static func newID() -> String {
    let value = UInt64.random(in: 0..<(1 << 48))
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 12 - hex.count) + hex
  }

  /// The current time to whole seconds, as stored, so that a saved annotation reads back equal.
  public static func now() -> Date { Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)) }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case id, target, labels, note, annotator, created, modified, origin
    case isOrphaned = "orphaned"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    target = try container.decode(AnnotationTarget.self, forKey: .target)
    labels = try container.decodeIfPresent([String].self, forKey: .labels) ?? []
    note = try container.decodeIfPresent(String.self, forKey: .note)
    annotator = try container.decodeIfPresent(String.self, forKey: .annotator) ?? ""
    created = try container.decode(Date.self, forKey: .created)
    modified = try container.decodeIfPresent(Date.self, forKey: .modified) ?? created
    origin = try container.decodeIfPresent(AnnotationOrigin.self, forKey: .origin) ?? .human
    isOrphaned = try container.decodeIfPresent(Bool.self, forKey: .isOrphaned) ?? false
    unknownFields = try UnknownFields(from: decoder, known: CodingKeys.allCases.map(\.rawValue))
    if container.contains(.origin) {
      unknownOriginFields = try UnknownFields(from: container.superDecoder(forKey: .origin), known: AnnotationOrigin.fieldNames)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(target, forKey: .target)
    try container.encode(labels, forKey: .labels)
    try container.encodeIfPresent(note, forKey: .note)
    try container.encode(annotator, forKey: .annotator)
    try container.encode(created, forKey: .created)
    try container.encode(modified, forKey: .modified)
    let originEncoder = container.superEncoder(forKey: .origin)
    try origin.encode(to: originEncoder)
    try unknownOriginFields.encode(to: originEncoder)
    if isOrphaned { try container.encode(true, forKey: .isOrphaned) }
    try unknownFields.encode(to: encoder)
  }
}
