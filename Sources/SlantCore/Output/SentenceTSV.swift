/// `slant sentences --format tsv`: a header, then one row per sentence with its document, its
/// index and its offsets in Unicode code points from the start of the file.
package enum SentenceTSV {
  package static let header = "document\toutlet\tdate\tsentence\tstart\tend\ttext\n"

  /// The row of `sentence` of `document`, whose code-point range is `scalarRange`.
  package static func row(_ sentence: Sentence, scalarRange range: Range<Int>, of document: Document) -> String {
    let text = document.text(of: sentence.utf8Range)
    return "\(TSV.field(document.id.description))\t\(TSV.field(document.metadata.outlet ?? ""))\t\(document.metadata.date ?? "")\t\(sentence.index)\t\(range.lowerBound)\t\(range.upperBound)\t\(TSV.field(String(text)))\n"
  }
}
