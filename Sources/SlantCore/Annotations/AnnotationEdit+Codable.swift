/// Stored form of an edit, for the shell's undo journal: `{"kind": "add", "annotation": {…}}`,
/// `{"kind": "update", "from": {…}, "to": {…}}`, and likewise for the other kinds.
extension AnnotationEdit: Codable {
  private enum CodingKeys: String, CodingKey { case kind, annotation, from, to }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(String.self, forKey: .kind) {
    case "add": self = .add(try container.decode(Annotation.self, forKey: .annotation))
    case "remove": self = .remove(try container.decode(Annotation.self, forKey: .annotation))
    case "update": self = .update(from: try container.decode(Annotation.self, forKey: .from), to: try container.decode(Annotation.self, forKey: .to))
    case "setMetadata":
      self = .setMetadata(from: try container.decode(DocumentMetadata.self, forKey: .from), to: try container.decode(DocumentMetadata.self, forKey: .to))
    case "setTextFingerprint":
      self = .setTextFingerprint(from: try container.decodeIfPresent(String.self, forKey: .from), to: try container.decodeIfPresent(String.self, forKey: .to))
    case let kind:
      throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown edit kind '\(kind)'")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .add(let annotation):
      try container.encode("add", forKey: .kind)
      try container.encode(annotation, forKey: .annotation)
    case .remove(let annotation):
      try container.encode("remove", forKey: .kind)
      try container.encode(annotation, forKey: .annotation)
    case .update(let old, let new):
      try container.encode("update", forKey: .kind)
      try container.encode(old, forKey: .from)
      try container.encode(new, forKey: .to)
    case .setMetadata(let old, let new):
      try container.encode("setMetadata", forKey: .kind)
      try container.encode(old, forKey: .from)
      try container.encode(new, forKey: .to)
    case .setTextFingerprint(let old, let new):
      try container.encode("setTextFingerprint", forKey: .kind)
      try container.encodeIfPresent(old, forKey: .from)
      try container.encodeIfPresent(new, forKey: .to)
    }
  }
}
