import Foundation

/// Turns sidecars into bytes and back. The bytes are pretty-printed with sorted keys, dates in
/// ISO 8601 UTC to the second and a final newline, so that two saves of the same state are
/// byte-identical and git diffs stay small. Reading errors name the line and column.
public enum SidecarFormat {
  /// The bytes of `sidecar`, upgraded to the current schema version.
  public static func encode(_ sidecar: Sidecar) throws -> [UInt8] {
    var current = sidecar
    current.schemaVersion = Sidecar.currentSchemaVersion
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return JSONBytes.escapingLineSeparators(try encoder.encode(current)) + [0x0A]
  }

  /// The sidecar in `bytes`, read from `path` (named in errors).
  /// - Throws: `AnnotationError.malformedJSON` with line and column, `.newerSchema`, or
  ///   `.invalidSidecar` naming the field that does not fit.
  public static func decode(_ bytes: [UInt8], path: String) throws -> Sidecar {
    if let failure = JSONReader.firstError(in: bytes) {
      throw AnnotationError.malformedJSON(path: path, line: failure.line, column: failure.column, reason: failure.reason)
    }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    let data = Data(bytes)
    do {
      let probe = try decoder.decode(SchemaProbe.self, from: data)
      guard let version = probe.schemaVersion else {
        throw AnnotationError.invalidSidecar(path: path, field: "schemaVersion", reason: "missing; a sidecar is an object with \"schemaVersion\": \(Sidecar.currentSchemaVersion)")
      }
      guard version <= Sidecar.currentSchemaVersion else {
        throw AnnotationError.newerSchema(path: path, version: version, supported: Sidecar.currentSchemaVersion)
      }
      return try decoder.decode(Sidecar.self, from: data)
    } catch let error as DecodingError {
      throw AnnotationError.invalidSidecar(path: path, field: field(of: error), reason: reason(of: error))
    }
  }

  private struct SchemaProbe: Decodable { var schemaVersion: Int? }

  private static func field(of error: DecodingError) -> String {
    let path: [any CodingKey]
    switch error {
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): path = context.codingPath
    case .keyNotFound(let key, let context): path = context.codingPath + [key]
    @unknown default: return ""
    }
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += (text.isEmpty ? "" : ".") + key.stringValue
      }
    }
    return text
  }

  private static func reason(of error: DecodingError) -> String {
    switch error {
    case .typeMismatch(let type, _): "expected \(describe(type))"
    case .valueNotFound(let type, _): "expected \(describe(type)), found null"
    case .keyNotFound: "missing"
    case .dataCorrupted(let context):
      context.debugDescription.contains("Date") || context.debugDescription.contains("date")
        ? "expected an ISO 8601 UTC time such as 2024-05-01T09:30:00Z" : context.debugDescription
    @unknown default: "does not fit the sidecar schema"
    }
  }

  private static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int.Type: "a whole number"
    case is Bool.Type: "true or false"
    case is [String].Type: "a list of strings"
    case is Date.Type: "an ISO 8601 UTC time"
    case is [String: Any].Type: "a JSON object"
    case is [Any].Type: "a JSON array"
    default: "a value of the sidecar schema's type here (see annotations/sidecar.schema.json)"
    }
  }
}
