/// Reads doccano's JSON Lines export: one article per line with its `text` and either
/// - `label` (or `labels`): `[[start, end, "LABEL"], …]`, spans in code points of `text`;
/// - `entities`: `[{"start_offset": 0, "end_offset": 5, "label": "LABEL"}, …]` (doccano 1.6+); or
/// - `label`: `["a", "b"]` or `"a"`, labels of the whole text (text classification), which
///   become one sentence-unit annotation over the text without its surrounding spaces.
/// The annotator is `annotator` or `user` when the record has one. The article's name is its
/// `document` field, else its `id`, else its line number.
public enum DoccanoParser {
  public static func parse(_ text: String, path: String) -> ImportBatch {
    var batch = ImportBatch(format: .doccano)
    for (index, line) in JSONLines.lines(of: text) {
      do throws(RecordFault) {
        batch.documents.append(try document(try JSONLines.object(line, line: index), path: path, line: index, problems: &batch.problems))
      } catch {
        batch.problems.append(ImportProblem(path: path, line: error.line ?? index, reason: error.reason))
      }
    }
    return batch
  }

  /// The article of one record; a bad span is added to `problems` and the others kept.
  private static func document(_ record: JSONNode, path: String, line: Int, problems: inout [ImportProblem]) throws(RecordFault) -> ImportedDocument {
    guard let text = record["text"]?.string else { throw RecordFault("'text' is missing or not a string") }
    let name = record["document"]?.string ?? record["id"].flatMap { $0.string ?? $0.integer.map(String.init) } ?? "\(line)"
    let annotator = record["annotator"].flatMap(Self.name) ?? record["user"].flatMap(Self.name)
    let carried = CarriedText(text)
    let source = ImportSource(path: path, line: line)
    var annotations: [ImportedAnnotation] = []
    func span(_ start: JSONNode?, _ end: JSONNode?, _ label: JSONNode?) {
      do {
        try addSpan(start, end, label)
      } catch {
        problems.append(ImportProblem(path: path, line: line, reason: error.reason))
      }
    }
    func addSpan(_ start: JSONNode?, _ end: JSONNode?, _ label: JSONNode?) throws(RecordFault) {
      guard let start = start?.integer, let end = end?.integer else { throw RecordFault("a span needs whole-number start and end offsets") }
      guard let label = label?.string, !label.isEmpty else { throw RecordFault("a span needs its label as a string") }
      let range = try carried.scalarRange(start: start, end: end, quote: nil)
      annotations.append(
        ImportedAnnotation(
          document: name, scalarStart: range.lowerBound, scalarEnd: range.upperBound, unit: .span, labels: [label], annotator: annotator,
          quote: carried.text(scalarRange: range).map { TextQuoteSelector(exact: $0) }, source: source))
    }
    let labels = record["label"] ?? record["labels"]
    if let entities = record["entities"]?.array {
      for entity in entities { span(entity["start_offset"], entity["end_offset"], entity["label"]) }
    } else if let items = labels?.array, items.contains(where: { $0.array != nil }) {
      for item in items {
        guard let triple = item.array, triple.count == 3 else {
          problems.append(ImportProblem(path: path, line: line, reason: "each label must be [start, end, \"LABEL\"], not \(item.kind)"))
          continue
        }
        span(triple[0], triple[1], triple[2])
      }
    } else if let names = labels?.strings {
      if !names.isEmpty, let range = Self.trimmedRange(of: text) {
        annotations.append(
          ImportedAnnotation(
            document: name, scalarStart: range.lowerBound, scalarEnd: range.upperBound, unit: .sentence, labels: names, annotator: annotator,
            quote: carried.text(scalarRange: range).map { TextQuoteSelector(exact: $0) }, source: source))
      }
    } else if let labels, !labels.isNull {
      throw RecordFault("'label' must be [[start, end, \"LABEL\"], …] or a list of label names, not \(labels.kind)")
    }
    return ImportedDocument(name: name, text: text, annotations: annotations, source: source)
  }

  /// A person's name or numeric id as text.
  static func name(_ node: JSONNode) -> String? { node.string ?? node.integer.map(String.init) }

  /// The code-point range of `text` without surrounding spaces, or nil when it is all spaces.
  static func trimmedRange(of text: String) -> Range<Int>? {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.firstIndex(where: { !ScalarClass.isSpace($0) }),
      let last = scalars.lastIndex(where: { !ScalarClass.isSpace($0) })
    else { return nil }
    return first..<last + 1
  }
}
