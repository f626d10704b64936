/// Scored sentences as JSON Lines, one object per sentence with every hit, written by hand
/// with `JSONText` so that large corpora stream quickly. Offsets are Unicode scalar offsets
/// into the document's file.
public enum ScoreJSONLines {
  /// The lines of one scored document, each ending in a line feed.
  public static func lines(_ scored: ScoredDocument) -> String {
    let document = scored.document
    let offsets = ScalarOffsets(document.text)
    let documentID = JSONText.quoted(document.id.description)
    let outlet = JSONText.quotedOrNull(document.metadata.outlet)
    let date = JSONText.quotedOrNull(document.metadata.date)
    var text = ""
    for sentence in scored.sentences {
      let range = offsets.scalarRange(utf8: sentence.sentence.utf8Range)
      let hits = sentence.hits.map { hit in
        let span = offsets.scalarRange(utf8: hit.utf8Range)
        return JSONText.object([
          "start": "\(span.lowerBound)", "end": "\(span.upperBound)", "text": JSONText.quoted(document.text(of: hit.utf8Range)),
          "term": JSONText.quoted(hit.entry.term), "category": JSONText.quoted(hit.category), "family": JSONText.quoted(hit.family.rawValue),
          "weight": "\(hit.entry.weight)", "alternative": JSONText.quotedOrNull(hit.entry.alternative),
          "file": JSONText.quoted(hit.entry.path), "line": "\(hit.entry.line)",
          "modifiers": JSONText.array(hit.modifiers.names.map { JSONText.quoted($0) }),
        ])
      }
      let quotations = sentence.quotations.map { quotation in
        let span = offsets.scalarRange(utf8: quotation.utf8Range)
        return JSONText.object(["start": "\(span.lowerBound)", "end": "\(span.upperBound)", "scare": "\(quotation.isScareQuote)"])
      }
      let source = sentence.sourceUTF8Range.map { utf8Range in
        let span = offsets.scalarRange(utf8: utf8Range)
        return JSONText.object(["start": "\(span.lowerBound)", "end": "\(span.upperBound)", "text": JSONText.quoted(document.text(of: utf8Range))])
      }
      text += JSONText.object([
        "document": documentID, "outlet": outlet, "date": date, "sentence": "\(sentence.sentence.index)",
        "start": "\(range.lowerBound)", "end": "\(range.upperBound)", "text": JSONText.quoted(document.text(of: sentence.sentence.utf8Range)),
        "label": JSONText.quoted(sentence.label.rawValue), "reason": JSONText.quoted(sentence.reason), "source": source ?? "null",
        "hits": JSONText.array(hits), "quotations": JSONText.array(quotations),
      ])
      text += "\n"
    }
    return text
  }
}
