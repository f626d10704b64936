import Foundation

/// Writes annotations as a W3C Web Annotation collection in JSON-LD, with a tagging body per
/// label, a commenting body for the note, and position and quote selectors, so that other
/// annotation tools can open them. The collection and its one page have ids, as the data model
/// requires, made from the annotations' ids so that the same annotations get the same ids.
public enum W3CAnnotationWriter {
  /// The collection of the annotations of each document, pretty-printed with sorted keys; each
  /// target's source is the article's URL when it is known, its path otherwise.
  public static func json(for documents: [(document: DocumentID, url: String?, annotations: [Annotation])]) throws -> String {
    var items: [[String: Any]] = []
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for (document, url, annotations) in documents {
      items += annotations.map { item(for: $0, source: url ?? document.description) }
      for byte in annotations.flatMap({ Array($0.id.utf8) + [UInt8(0)] }) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }
    let id = "urn:slant:collection:" + String(hash, radix: 16)
    let collection: [String: Any] = [
      "@context": "http://www.w3.org/ns/anno.jsonld",
      "id": id,
      "type": "AnnotationCollection",
      "label": "Slant annotations",
      "total": items.count,
      "first": ["id": id + ":page:1", "type": "AnnotationPage", "partOf": id, "startIndex": 0, "items": items],
    ]
    let data = try JSONSerialization.data(withJSONObject: collection, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: JSONBytes.escapingLineSeparators(data), as: UTF8.self) + "\n"
  }

  private static func item(for annotation: Annotation, source: String) -> [String: Any] {
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
        "source": source,
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
