import Foundation

/// The formats `slant import` reads; the raw value is the name `--format` takes.
public enum ImportFormat: String, Sendable, Hashable, CaseIterable {
  /// `slant export --format jsonl`: one object per annotation.
  case exportJSONLines = "jsonl"
  /// `slant export --format csv`: a header row, then one row per annotation.
  case exportCSV = "csv"
  /// brat standoff: a `.ann` file beside the `.txt` it annotates.
  case brat
  /// doccano JSON Lines: `text` with `label`/`labels` or `entities`.
  case doccano
  /// Label Studio's JSON export of text tasks.
  case labelStudio = "label-studio"
  /// W3C Web Annotation: a collection, a page, one annotation, or JSON Lines of annotations.
  case w3c

  /// The format named `name` as `--format` gives it.
  public init(name: String) throws {
    guard let format = ImportFormat(rawValue: name.lowercased()) else { throw ImportError.unknownFormatName(name) }
    self = format
  }

  /// The format of the file at `path` holding `text`: brat for `.ann`, then by content, so that a
  /// `.json` file of any JSON format is told apart by its keys.
  /// - Throws: `ImportError.unknownFormat` when nothing identifies it.
  public static func detect(text: String, path: String) throws -> ImportFormat {
    let name = PathName.lastComponent(path).lowercased()
    if name.hasSuffix(".ann") { return .brat }
    let trimmed = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
    guard let first = trimmed.first else { throw ImportError.unknownFormat(path: path, reason: "the file is empty") }
    if first == "[" || first == "{" {
      if let whole = try? JSONReader.read(text) { return try format(ofJSON: whole, path: path) }
      guard first == "{" else { throw ImportError.unknownFormat(path: path, reason: "it starts like JSON but is not valid JSON") }
      let firstLine = trimmed.prefix { $0 != "\n" && $0 != "\r\n" }
      guard let record = try? JSONReader.read(firstLine) else {
        throw ImportError.unknownFormat(path: path, reason: "its first line is not a JSON object")
      }
      return try format(ofRecord: record, path: path)
    }
    if trimmed.hasPrefix("T"), trimmed.prefix(while: { $0 != "\n" }).split(separator: "\t", omittingEmptySubsequences: false).count == 3 {
      return .brat
    }
    let header = trimmed.prefix { $0 != "\n" && $0 != "\r\n" }.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    if ["document", "start", "end", "labels"].allSatisfy(header.contains) { return .exportCSV }
    throw ImportError.unknownFormat(path: path, reason: "not JSON, not brat standoff, and no CSV header with document,start,end,labels")
  }

  /// The format of a file that is one JSON value: Label Studio's task array or W3C.
  private static func format(ofJSON node: JSONNode, path: String) throws -> ImportFormat {
    if let items = node.array {
      guard let first = items.first else { throw ImportError.unknownFormat(path: path, reason: "it is an empty JSON array") }
      if first["data"] != nil { return .labelStudio }
      if isW3C(first) { return .w3c }
      throw ImportError.unknownFormat(path: path, reason: "a JSON array whose first item has neither \"data\" (Label Studio) nor \"target\" (W3C)")
    }
    if isW3C(node) || node["items"] != nil || node["first"] != nil { return .w3c }
    return try format(ofRecord: node, path: path)
  }

  /// The format of a JSON Lines file from its first record.
  private static func format(ofRecord record: JSONNode, path: String) throws -> ImportFormat {
    let keys = Set(record.keys)
    if keys.isSuperset(of: ["document", "start", "end"]) { return .exportJSONLines }
    if isW3C(record) { return .w3c }
    if keys.contains("data") { return .labelStudio }
    if keys.contains("text"), !keys.isDisjoint(with: ["label", "labels", "entities"]) { return .doccano }
    throw ImportError.unknownFormat(path: path, reason: "the first record has keys \(keys.sorted().joined(separator: ", "))")
  }

  private static func isW3C(_ node: JSONNode) -> Bool {
    let type = node["type"]?.strings ?? []
    return node["target"] != nil || type.contains("Annotation") || type.contains("AnnotationCollection") || type.contains("AnnotationPage")
  }
}
