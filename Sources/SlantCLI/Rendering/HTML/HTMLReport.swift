import Foundation
import SlantCore
import SlantTerminal

/// Everything the HTML report shows: the comparison charts, the documents (each section already
/// rendered), and the lexicons and corpus it was made from, with the date.
struct HTMLReport: Sendable {
  /// One document as listed in the contents and drawn in its section.
  struct Entry: Sendable {
    var id: DocumentID
    var title: String
    var outlet: String
    var date: String?
    var totals: ScoreTotals
    var annotations: Int
    /// The element id of the document's section.
    var anchor: String
    /// The section's markup, from `DocumentSectionRenderer`.
    var section: [UInt8]
  }

  var generated: Date
  /// The paths the report was made from, as given.
  var corpusPaths: [String]
  /// The lexicon files and folders, relative to the workspace.
  var lexiconPaths: [String]
  var lexicons: [Lexicon]
  /// The annotations folder the people's annotations came from.
  var annotationsFolder: String
  /// Whether some inputs could not be read and were left out (each was reported on standard error).
  var hasSkippedInputs: Bool
  var entries: [Entry]
  /// The outlet comparison, drawn as charts before the documents: the figures of `slant compare`.
  var comparison: FramingComparison

  /// The element id of the section of the document `id`: readable, stable across runs, and
  /// unique (a fingerprint of the id ends it).
  static func anchor(for id: DocumentID) -> String {
    let readable = id.description.unicodeScalars.map { ScalarClass.isWord($0) && $0.isASCII || $0 == "-" ? String($0) : "_" }.joined()
    return "doc-" + readable + "-" + TextFingerprint.of(id.description).suffix(8)
  }

  /// The outlets, sorted by name as the comparison sorts them.
  var outlets: [String] { Set(entries.map(\.outlet)).sorted() }
}
