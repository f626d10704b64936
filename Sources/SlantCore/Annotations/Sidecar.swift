/// The annotation file of one document: schema version, the metadata people set, a fingerprint
/// of the text the annotations were anchored to, and the annotations in a stable order.
public struct Sidecar: Sendable, Hashable, Codable {
  /// The schema version this Slant writes; older versions are read and upgraded on save.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  public var document: DocumentID
  /// Metadata set by people; it outranks what the document and its manifest say.
  public var metadata: DocumentMetadata
  /// `TextFingerprint` of the text the annotations were anchored to.
  public var textFingerprint: String?
  /// Sorted by start offset, then id.
  public private(set) var annotations: [Annotation]
  /// Fields another tool or a person added, written back unchanged.
  public var unknownFields = UnknownFields()

  public init(document: DocumentID, metadata: DocumentMetadata = DocumentMetadata(), textFingerprint: String? = nil, annotations: [Annotation] = []) {
    schemaVersion = Self.currentSchemaVersion
    self.document = document
    self.metadata = metadata
    self.textFingerprint = textFingerprint
    self.annotations = annotations
    sortAnnotations()
  }

  /// The annotation with `id`, if there is one.
  public func annotation(withID id: String) -> Annotation? { annotations.first { $0.id == id } }

  /// Adds `annotation`, or replaces the one with its id, keeping the order.
  mutating func put(_ annotation: Annotation) {
    annotations.removeAll { $0.id == annotation.id }
    annotations.append(annotation)
    sortAnnotations()
  }

  mutating func removeAnnotation(withID id: String) { annotations.removeAll { $0.id == id } }

  private mutating func sortAnnotations() {
    annotations.sort { ($0.target.position.scalarStart, $0.id) < ($1.target.position.scalarStart, $1.id) }
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case schemaVersion, document, metadata, textFingerprint, annotations
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
    document = try container.decode(DocumentID.self, forKey: .document)
    metadata = try container.decodeIfPresent(DocumentMetadata.self, forKey: .metadata) ?? DocumentMetadata()
    textFingerprint = try container.decodeIfPresent(String.self, forKey: .textFingerprint)
    annotations = try container.decodeIfPresent([Annotation].self, forKey: .annotations) ?? []
    unknownFields = try UnknownFields(from: decoder, known: CodingKeys.allCases.map(\.rawValue))
    sortAnnotations()
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(document, forKey: .document)
    try container.encode(metadata, forKey: .metadata)
    try container.encodeIfPresent(textFingerprint, forKey: .textFingerprint)
    try container.encode(annotations, forKey: .annotations)
    try unknownFields.encode(to: encoder)
  }
}
