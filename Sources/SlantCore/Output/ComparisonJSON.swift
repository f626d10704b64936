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
    try encode(Output(comparison: comparison, alignment: alignment))
  }

  /// Any value as pretty, key-sorted JSON with a final line end.
  package static func encode(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }
}
