import SlantCore
import SlantTerminal

/// How the shell shows one sentence: its place, the text wrapped to the width with every hit
/// marked by family (coloured on a terminal, in `[brackets]` otherwise), the scorer's label and
/// reason, its primary frame, the hits named, then the human annotations with their notes.
package struct SentenceRenderer {
  package var usesColor: Bool
  package var width: Int

  package init(usesColor: Bool, width: Int) {
    self.usesColor = usesColor
    self.width = width
  }

  package func render(_ scored: ScoredSentence, of document: Document, count: Int, annotations: [Annotation], annotator: String) -> String {
    let index = scored.sentence.index
    var text = ANSIStyle.dim.apply("\(document.id) — \(document.outlet), sentence \(index) of 0-\(count - 1)", enabled: usesColor) + "\n"
    let marked = ScoredTextRenderer(usesColor: usesColor).marked(scored, in: document.text)
    text += TextWrapper.wrap(marked, width: width, indent: "  ").joined(separator: "\n") + "\n"
    let label = ScoredTextRenderer.style(for: scored.label).apply(scored.label.rawValue, enabled: usesColor)
    let reason = scored.reason.hasPrefix(scored.label.rawValue + ": ") ? String(scored.reason.dropFirst(scored.label.rawValue.count + 2)) : scored.reason
    text += TextWrapper.wrap("scorer: \(label) — \(reason)", width: width, indent: "  ").joined(separator: "\n") + "\n"
    if let frame = scored.frame { text += "  " + ANSIStyle.dim.apply("frame: " + frame.summary, enabled: usesColor) + "\n" }
    let hits = scored.hits.filter { $0.family != .negators }.map { hit in
      var described = "\(document.text(of: hit.utf8Range)) (\(hit.category)"
      if let alternative = hit.entry.alternative { described += " → \(alternative)" }
      if !hit.modifiers.isEmpty { described += ", " + hit.modifiers.names.joined(separator: ", ") }
      return described.replacingLineEnds() + ")"
    }
    if !hits.isEmpty {
      text += TextWrapper.wrap(ANSIStyle.dim.apply("hits: " + hits.joined(separator: "; "), enabled: usesColor), width: width, indent: "  ").joined(separator: "\n") + "\n"
    }
    for annotation in annotations {
      text += "  " + describe(annotation, in: document, annotator: annotator) + "\n"
    }
    if annotations.isEmpty { text += "  " + ANSIStyle.dim.apply("no annotations yet", enabled: usesColor) + "\n" }
    return text
  }

  /// `you: loaded, unsupported on “so-called” — note [id]`.
  package func describe(_ annotation: Annotation, in document: Document, annotator: String) -> String {
    let who = annotation.annotator == annotator ? "you" : annotation.annotator
    var text = ANSIStyle.bold.apply(who, enabled: usesColor) + ": "
    text += annotation.labels.isEmpty ? "(no labels)" : annotation.labels.joined(separator: ", ")
    if annotation.target.unit == .span { text += " on “\(annotation.target.quote.exact.replacingLineEnds())”" }
    if case .acceptedSuggestion = annotation.origin { text += " (accepted suggestion)" }
    if let note = annotation.note { text += " — \(note)" }
    if annotation.isOrphaned { text += " (orphaned)" }
    return text + ANSIStyle.dim.apply(" [\(annotation.id)]", enabled: usesColor)
  }
}
