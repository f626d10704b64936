import Foundation
import SlantCore
import SlantTerminal

/// The report's section for one document, collapsed by default: its sentences with every hit
/// highlighted by family, the scorer's label with its reason, and the people's annotations and
/// notes beside each sentence.
struct DocumentSectionRenderer {
  /// The section for `scored`, whose element id is `anchor`; `annotations` are already re-anchored.
  func render(_ scored: ScoredDocument, annotations: [Annotation], anchor: String) -> [UInt8] {
    let document = scored.document
    let totals = scored.totals
    let bySentence = Self.group(annotations, in: scored)
    var html = HTMLWriter()
    html.open("details", ["class": "document", "id": anchor])
    html.open("summary", ["class": "doc-summary"])
    html.element("span", ["class": "doc-title"], text: Self.title(of: document))
    html.element("span", ["class": "doc-meta"], text: Self.subtitle(of: document, totals: totals, annotations: annotations.count))
    html.close("summary")
    html.open("div", ["class": "doc-body"])
    html.open("p", ["class": "doc-source"])
    html.element("code", text: document.id.description)
    if let url = document.metadata.url {
      html.text(" · ")
      if Self.isWebAddress(url) { html.element("a", ["href": url, "rel": "noreferrer noopener"], text: url) } else { html.text(url) }
    }
    html.close("p")
    html.open("ol", ["class": "sentences"])
    for sentence in scored.sentences {
      render(sentence, of: document, annotations: bySentence.matched[sentence.sentence.index] ?? [], anchor: anchor, into: &html)
    }
    html.close("ol")
    if !bySentence.orphaned.isEmpty {
      html.element("h4", text: "Annotations whose text could not be found again")
      html.open("ul", ["class": "annotations orphaned"])
      for annotation in bySentence.orphaned { render(annotation, scorerLabel: nil, into: &html) }
      html.close("ul")
    }
    html.close("div")
    html.close("details")
    return html.bytes
  }

  /// The title shown for `document`: its own, else its id.
  static func title(of document: Document) -> String { document.metadata.title ?? document.id.description }

  /// `News18 · 2022-02-23 · 14 sentences · 3 unsupported · 2 annotations`.
  static func subtitle(of document: Document, totals: ScoreTotals, annotations: Int) -> String {
    var parts = [document.outlet]
    if let date = document.metadata.date { parts.append(date) }
    parts.append("\(totals.sentences) sentence\(totals.sentences == 1 ? "" : "s")")
    parts.append("\(totals.loadedLanguage) loaded")
    parts.append("\(totals.labels[.unsupported] ?? 0) unsupported")
    if annotations > 0 { parts.append("\(annotations) annotation\(annotations == 1 ? "" : "s")") }
    return parts.joined(separator: " · ")
  }

  /// Whether `url` may become a link: http and https only, never `javascript:` or `data:`.
  static func isWebAddress(_ url: String) -> Bool {
    let lowered = url.lowercased()
    return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
  }

  private func render(_ sentence: ScoredSentence, of document: Document, annotations: [Annotation], anchor: String, into html: inout HTMLWriter) {
    let label = sentence.label.rawValue
    html.open("li", ["class": "sentence support-\(label)", "id": "\(anchor)-s\(sentence.sentence.index)", "value": "\(sentence.sentence.index)"])
    html.open("div", ["class": "scorer"])
    html.open("p", ["class": "text"])
    var cursor = sentence.sentence.utf8Range.lowerBound
    for span in HitSpan.spans(in: sentence) {
      html.text(document.text(of: cursor..<span.utf8Range.lowerBound))
      html.open("mark", ["class": "hit f-\(span.family.rawValue)", "data-marker": ReportLegend.marker(for: span.family), "tabindex": "0", "title": Self.describe(span)])
      html.text(document.text(of: span.utf8Range))
      html.close("mark")
      cursor = span.utf8Range.upperBound
    }
    html.text(document.text(of: cursor..<sentence.sentence.utf8Range.upperBound))
    html.close("p")
    html.open("details", ["class": "why"])
    html.open("summary", ["title": sentence.reason])
    html.element("span", ["class": "label label-\(label)"], text: label)
    html.close("summary")
    html.element("p", ["class": "reason"], text: sentence.reason)
    html.close("details")
    if let frame = sentence.frame { html.element("p", ["class": "frames"], text: "Frame: " + frame.summary) }
    let others = HitSpan.otherCategories(in: sentence)
    if !others.isEmpty { html.element("p", ["class": "frames"], text: "Categories: " + others.joined(separator: ", ")) }
    html.close("div")
    if !annotations.isEmpty {
      html.open("ul", ["class": "annotations", "aria-label": "Annotations by people"])
      for annotation in annotations { render(annotation, scorerLabel: sentence.label, into: &html) }
      html.close("ul")
    }
    html.close("li")
  }

  private func render(_ annotation: Annotation, scorerLabel: SupportLabel?, into html: inout HTMLWriter) {
    html.open("li", ["class": "annotation"])
    html.open("p", ["class": "annotation-labels"])
    for name in annotation.labels { html.element("span", ["class": "human-label"], text: name) }
    if let scorerLabel {
      let support = annotation.labels.compactMap(SupportLabel.init(rawValue:))
      if !support.isEmpty && !support.contains(scorerLabel) {
        html.element("span", ["class": "disagrees"], text: "differs from the scorer's \(scorerLabel.rawValue)")
      }
    }
    html.close("p")
    if annotation.target.unit == .span { html.element("blockquote", text: annotation.target.quote.exact) }
    if let note = annotation.note, !note.isEmpty { html.element("p", ["class": "note"], text: note) }
    var byline = "— \(annotation.annotator.isEmpty ? "unknown" : annotation.annotator), \(Self.day(annotation.modified))"
    if annotation.origin.reason != nil { byline += ", accepted from the scorer's suggestion" }
    html.element("p", ["class": "byline"], text: byline)
    html.close("li")
  }

  /// The title of a highlight: each merged hit's category, family, lexicon line and modifiers.
  static func describe(_ span: HitSpan) -> String {
    span.hits.map { hit in
      var text = "\(hit.category) (\(ReportLegend.name(for: hit.family).lowercased())): \(hit.entry.term), \(hit.entry.location)"
      let modifiers = hit.modifiers.names
      if !modifiers.isEmpty { text += "; " + modifiers.joined(separator: ", ") }
      if let alternative = hit.entry.alternative { text += "; more neutral: \(alternative)" }
      if let note = hit.entry.note { text += "; note: \(note)" }
      return text
    }.joined(separator: " | ")
  }

  /// The annotations of each sentence index, and those anchored nowhere.
  private static func group(_ annotations: [Annotation], in scored: ScoredDocument) -> (matched: [Int: [Annotation]], orphaned: [Annotation]) {
    let offsets = ScalarOffsets(scored.document.text)
    var matched: [Int: [Annotation]] = [:], orphaned: [Annotation] = []
    for annotation in annotations {
      guard !annotation.isOrphaned, let utf8Start = offsets.utf8Offset(scalar: annotation.target.position.scalarStart),
        let sentence = scored.sentences.last(where: { $0.sentence.utf8Range.lowerBound <= utf8Start }) ?? scored.sentences.first
      else {
        orphaned.append(annotation)
        continue
      }
      matched[sentence.sentence.index, default: []].append(annotation)
    }
    return (matched, orphaned)
  }

  private static func day(_ date: Date) -> String {
    String(ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate]))
  }
}
