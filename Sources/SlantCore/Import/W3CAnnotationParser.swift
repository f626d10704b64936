import Foundation

/// Reads W3C Web Annotations of text, as `W3CAnnotationWriter` writes them and as other tools do:
/// an `AnnotationCollection` with its `first` page embedded, an `AnnotationPage` with `items`,
/// an array of annotations, one annotation, or JSON Lines of annotations.
///
/// Each annotation needs a `target` (or the first of several) with a `source` (the document)
/// and a `TextPositionSelector` (code points, as the model defines them) or a
/// `TextQuoteSelector`; with only a quote, the text is searched from its start. `TextualBody`
/// bodies with purpose `tagging` or `classifying` (or no purpose under motivation
/// `tagging`/`classifying`) are labels, others (`commenting`) the note; a plain `bodyValue` is a
/// note. The annotator is the creator's `name` (or `nickname`, `email`, or the creator itself
/// as text). Slant's own `urn:slant:annotation:ID` ids, `created`, `modified` and the `slant`
/// generator of accepted suggestions are kept. The unit is not part of the model.
public enum W3CAnnotationParser {
  public static func parse(_ text: String, path: String) throws -> ImportBatch {
    var batch = ImportBatch(format: .w3c)
    var items: [JSONNode] = []
    let start = text.drop { $0 == "\u{FEFF}" || $0.isWhitespace }.first
    let lines = JSONLines.lines(of: text)
    if start == "{", lines.count > 1, (try? JSONReader.read(text)) == nil, (try? JSONReader.read(lines[0].text)) != nil {
      for (index, line) in lines {
        do {
          items.append(try JSONLines.object(line, line: index))
        } catch {
          batch.problems.append(ImportProblem(path: path, line: index, reason: error.reason))
        }
      }
    } else {
      let whole: JSONNode
      do {
        whole = try JSONReader.read(text)
      } catch {
        throw ImportError.malformedFile(path: path, line: error.line, reason: "column \(error.column): \(error.reason)")
      }
      if let list = whole.array ?? whole["items"]?.array ?? whole["first"]?["items"]?.array {
        items = list
      } else if whole["first"]?.string != nil {
        throw ImportError.malformedFile(path: path, line: whole.line, reason: "the collection's first page is a link, not embedded; download the pages and import them")
      } else {
        items = [whole]
      }
    }
    for item in items {
      do {
        batch.annotations.append(try annotation(item, path: path))
      } catch {
        batch.problems.append(ImportProblem(path: path, line: error.line ?? item.line, reason: error.reason))
      }
    }
    return batch
  }

  private static func annotation(_ item: JSONNode, path: String) throws(RecordFault) -> ImportedAnnotation {
    guard item.isObject else { throw RecordFault("expected an annotation object, found \(item.kind)") }
    guard let target = item["target"]?.array?.first ?? item["target"], target.isObject else {
      throw RecordFault("the target must be an object with a source and selectors")
    }
    guard let document = target["source"]?.string, !document.isEmpty else { throw RecordFault("the target has no source (the document)") }
    let selectors = target["selector"]?.array ?? target["selector"].map { [$0] } ?? []
    let position = selectors.first { $0["type"]?.string == "TextPositionSelector" }
    let quoteSelector = selectors.first { $0["type"]?.string == "TextQuoteSelector" }
    var start = 0, end = 0
    if let position {
      guard let first = position["start"]?.integer, let last = position["end"]?.integer, first >= 0, last > first else {
        throw RecordFault("the TextPositionSelector needs whole-number start and end, start below end", line: position.line)
      }
      (start, end) = (first, last)
    }
    let quote = quoteSelector.flatMap { selector in
      selector["exact"]?.string.map {
        TextQuoteSelector(exact: $0, prefix: selector["prefix"]?.string ?? "", suffix: selector["suffix"]?.string ?? "")
      }
    }
    guard position != nil || quote != nil else { throw RecordFault("the target has neither a TextPositionSelector nor a TextQuoteSelector") }
    let motivation = item["motivation"]?.strings ?? []
    let labelsByDefault = motivation.contains("tagging") || motivation.contains("classifying")
    var labels: [String] = [], notes: [String] = []
    for body in item["body"]?.array ?? item["body"].map({ [$0] }) ?? [] {
      guard let value = body["value"]?.string ?? body.string else { continue }
      let purpose = body["purpose"]?.strings ?? []
      if purpose.contains("tagging") || purpose.contains("classifying") || (purpose.isEmpty && labelsByDefault) {
        labels.append(value)
      } else {
        notes.append(value)
      }
    }
    if let value = item["bodyValue"]?.string { notes.append(value) }
    guard !labels.isEmpty else { throw RecordFault("the annotation has no tagging body (no labels)") }
    let creator = item["creator"]?.array?.first ?? item["creator"]
    let annotator = creator.flatMap { $0["name"]?.string ?? $0["nickname"]?.string ?? $0["email"]?.string ?? $0.string }
    let prefix = "urn:slant:annotation:"
    let id = item["id"]?.string.flatMap { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : nil }
    let generator = item["generator"]?["name"]?.string ?? item["generator"]?.string
    return ImportedAnnotation(
      document: document, scalarStart: start, scalarEnd: end, labels: labels, annotator: annotator,
      note: notes.isEmpty ? nil : notes.joined(separator: "\n"), quote: quote, id: id,
      origin: generator == "slant" ? .acceptedSuggestion(reason: "") : nil, created: item["created"]?.string.flatMap(date),
      modified: item["modified"]?.string.flatMap(date), source: ImportSource(path: path, line: item.line))
  }

  private static func date(_ text: String) -> Date? {
    let formatter = ISO8601DateFormatter()
    if let date = formatter.date(from: text) { return date }
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: text)
  }
}
