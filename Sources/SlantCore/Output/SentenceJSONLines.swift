/// `slant sentences --format jsonl`: one object per sentence with its document, its index and
/// its offsets in Unicode code points from the start of the file.
package enum SentenceJSONLines {
  /// The line of `sentence` of `document`, whose code-point range is `scalarRange`.
  package static func line(_ sentence: Sentence, scalarRange range: Range<Int>, of document: Document) -> String {
    JSONText.object([
      "document": JSONText.quoted(document.id.description), "outlet": JSONText.quotedOrNull(document.metadata.outlet),
      "date": JSONText.quotedOrNull(document.metadata.date), "sentence": "\(sentence.index)",
      "start": "\(range.lowerBound)", "end": "\(range.upperBound)", "text": JSONText.quoted(document.text(of: sentence.utf8Range)),
    ]) + "\n"
  }
}
