extension ScoredDocument {
  /// A readable tree of every sentence with its label, reason, primary frame, hits and quotations, offsets in
  /// Unicode scalars: what golden tests compare and what a reviewer reads.
  public func dump() -> String {
    let offsets = ScalarOffsets(document.text)
    func span(_ range: Range<Int>) -> String {
      let scalars = offsets.scalarRange(utf8: range)
      return "\(scalars.lowerBound)-\(scalars.upperBound)"
    }
    func oneLine(_ range: Range<Int>) -> String {
      String(document.text(of: range).unicodeScalars.map { ScalarClass.isSpace($0) ? " " : Character($0) })
    }
    var metadata = [document.outlet]
    if let date = document.metadata.date { metadata.append(date) }
    let totals = self.totals
    let labels = SupportLabel.allCases.map { "\($0.rawValue) \(totals.labels[$0] ?? 0)" }.joined(separator: ", ")
    var text = "\(document.id) — \(metadata.joined(separator: ", "))\ntotals: \(totals.sentences) sentences; \(labels)\n"
    text += "frame: \(frame.summary)\n"
    if let headline {
      text += "\n[headline] \(headline.scored.label.rawValue)\n  text: \(headline.text)\n  reason: \(headline.scored.reason)\n"
      if let frame = headline.scored.frame { text += "  frame: \(frame.summary)\n" }
      for hit in headline.scored.hits {
        let title = ScalarOffsets(headline.text).scalarRange(utf8: hit.utf8Range)
        text += "  hit \(title.lowerBound)-\(title.upperBound) \"\(headline.text(of: hit.utf8Range))\" \(hit.category) \(hit.entry.location)\n"
      }
    }
    for scored in sentences {
      text += "\n[\(scored.sentence.index)] \(span(scored.sentence.utf8Range)) \(scored.label.rawValue)\n"
      text += "  text: \(oneLine(scored.sentence.utf8Range))\n"
      text += "  reason: \(scored.reason)\n"
      if let frame = scored.frame { text += "  frame: \(frame.summary)\n" }
      if let source = scored.sourceUTF8Range { text += "  source \(span(source)) \"\(oneLine(source))\"\n" }
      for quotation in scored.quotations {
        text += "  quotation \(span(quotation.utf8Range))\(quotation.isScareQuote ? " scare" : "")\n"
      }
      for hit in scored.hits {
        let modifiers = hit.modifiers.names.isEmpty ? "" : " [" + hit.modifiers.names.joined(separator: ", ") + "]"
        text += "  hit \(span(hit.utf8Range)) \"\(oneLine(hit.utf8Range))\" \(hit.category) \(hit.entry.location)\(modifiers)\n"
      }
    }
    return text
  }
}
