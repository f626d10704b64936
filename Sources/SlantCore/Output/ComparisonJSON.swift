import Foundation

/// The comparison (and the alignment, when asked for) as one JSON document, keys sorted so
/// that output is stable and diffs are readable: the shape the HTML report reads too.
package enum ComparisonJSON {
  /// What `slant compare --format json` prints.
  package struct Output: Encodable {
    var comparison: FramingComparison
    var alignment: SentenceAlignment?
  }

  package static func render(_ comparison: FramingComparison, alignment: SentenceAlignment? = nil) throws -> String {
    var text = ""
    try write(comparison, alignment: alignment) { text += String(decoding: $0, as: UTF8.self) }
    return text
  }

  /// The same text as `render`, handed to `emit` a block at a time: the alignment is written by
  /// `AlignmentJSON` as it goes, the comparison by `JSONEncoder` and indented into place.
  package static func write(
    _ comparison: FramingComparison, alignment: SentenceAlignment?, to emit: (UnsafeBufferPointer<UInt8>) -> Void
  ) throws {
    guard let alignment else { return try Array(encode(Output(comparison: comparison, alignment: nil)).utf8).withUnsafeBufferPointer(emit) }
    let encoded = JSONBytes.escapingLineSeparators(try encoder.encode(comparison))
    withoutActuallyEscaping(emit) { emit in
      var json = JSONBytes(capacity: 1 << 20)
      json.raw("{\n  \"alignment\" : ")
      AlignmentJSON { json in
        guard json.byteCount >= 1 << 20 else { return }
        json.withBytes(emit)
        json.removeAll()
      }.append(alignment, level: 1, to: &json)
      json.raw(",\n  \"comparison\" : ")
      // A newline never occurs inside a JSON string, so every one starts a line to indent
      // (but the empty line inside an empty list, which stays empty).
      encoded.withUnsafeBytes { raw in
        let bytes = raw.bindMemory(to: UInt8.self)
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
          json.raw(UnsafeBufferPointer(rebasing: bytes[start...index]))
          if index + 1 < bytes.count, bytes[index + 1] != 0x0A { json.raw("  ") }
          start = index + 1
        }
        json.raw(UnsafeBufferPointer(rebasing: bytes[start...]))
      }
      json.raw("\n}\n")
      json.withBytes(emit)
    }
  }

  /// Any value as pretty, key-sorted JSON with a final line end.
  package static func encode(_ value: some Encodable) throws -> String {
    String(decoding: JSONBytes.escapingLineSeparators(try encoder.encode(value)), as: UTF8.self) + "\n"
  }

  private static var encoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}
