import Foundation

/// Writes annotations as a W3C Web Annotation collection in JSON-LD, with a tagging body per
/// label, a commenting body for the note, and position and quote selectors, so that other
/// annotation tools can open them.
public enum W3CAnnotationWriter {
  /// The collection of the annotations of each document, pretty-printed with sorted keys.
  public static func json(for documents: [(document: DocumentID, annotations: [Annotation])]) throws -> String {
    var items: [[String: Any]] = []
    for (document, annotations) in documents {
      items += annotations.map { item(for: $0, of: document) }
    }
    let collection: [String: Any] = [
      "@context": "http://www.w3.org/ns/anno.jsonld",
      "type": "AnnotationCollection",
      "label": "Slant annotations",
      "total": items.count,
      "first": ["type": "AnnotationPage", "items": items],
    ]
    let data = try JSONSerialization.data(withJSONObject: collection, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func item(for annotation: Annotation, of document: DocumentID) -> [String: Any] {
    var bodies: [[String: Any]] = annotation.labels.map { ["type": "TextualBody", "purpose": "tagging", "value": $0] }
    if let note = annotation.note { bodies.append(["type": "TextualBody", "purpose": "commenting", "value": note]) }
    let target = annotation.target
    var item: [String: Any] = [
      "id": "urn:slant:annotation:\(annotation.id)",
      "type": "Annotation",
      "motivation": "classifying",
      "created": timestamp(annotation.created),
      "modified": timestamp(annotation.modified),
      "creator": ["type": "Person", "name": annotation.annotator],
      "body": bodies,
      "target": [
        "source": document.description,
        "selector": [
          ["type": "TextPositionSelector", "start": target.position.scalarStart, "end": target.position.scalarEnd],
          ["type": "TextQuoteSelector", "exact": target.quote.exact, "prefix": target.quote.prefix, "suffix": target.quote.suffix],
        ],
      ],
    ]
    if case .acceptedSuggestion = annotation.origin { item["generator"] = ["type": "Software", "name": "slant"] }
    return item
  }

  private static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
