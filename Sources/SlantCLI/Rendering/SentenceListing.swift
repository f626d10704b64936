import SlantCore
import SlantTerminal

/// Headers shared by the text views of documents.
package enum SentenceListing {
  /// `seeds/a.txt — News18, 2022-02-23, 12 sentences` with the title on a second line.
  package static func header(for document: Document, sentences: Int, color: Bool) -> String {
    let metadata = document.metadata
    var line = ANSIStyle.bold.apply(document.id.description, enabled: color) + " — " + document.outlet
    if let date = metadata.date { line += ", \(date)" }
    line += ", \(sentences) sentence\(sentences == 1 ? "" : "s")\n"
    if let title = metadata.title { line += "  \(title)\n" }
    return line
  }
}
