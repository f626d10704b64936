/// Reads Label Studio's JSON export of text tasks: an array of tasks (or one task, or JSON
/// Lines of tasks), each `{"id", "data": {"text": …}, "annotations": [{"completed_by", "result": […]}]}`.
///
/// The text is `data.text`, or the one string in `data`. Results read, per annotation:
/// - `"type": "labels"` with `value.start`, `value.end`, `value.text`, `value.labels`: a span,
///   offsets in code points (Label Studio before 2022 counted UTF-16 units; that reading is
///   used when only it matches `value.text`);
/// - `"type": "choices"` with `value.choices`: labels of the whole text, one sentence-unit
///   annotation over the text without its surrounding spaces;
/// - `"type": "textarea"` with `value.text`: a note on the annotation's other results.
/// Other result types are reported; cancelled annotations (`was_cancelled`) and `predictions`
/// (a model's, not a person's) are left out. The annotator is `completed_by`'s email (or id),
/// else `created_username`. The article's name is `data.document`, else the task's `id`.
public enum LabelStudioParser {
  public static func parse(_ text: String, path: String) throws -> ImportBatch {
    var batch = ImportBatch(format: .labelStudio)
    var tasks: [JSONNode] = []
    if text.drop(while: { $0 == "\u{FEFF}" || $0.isWhitespace }).first == "[" {
      do {
        tasks = try JSONReader.read(text).array ?? []
      } catch {
        throw ImportError.malformedFile(path: path, line: error.line, reason: "column \(error.column): \(error.reason)")
      }
    } else if let whole = try? JSONReader.read(text) {
      tasks = [whole]
    } else {
      for (index, line) in JSONLines.lines(of: text) {
        do {
          tasks.append(try JSONLines.object(line, line: index))
        } catch {
          batch.problems.append(ImportProblem(path: path, line: index, reason: error.reason))
        }
      }
    }
    for task in tasks {
      do {
        batch.documents.append(try document(task, path: path, problems: &batch.problems))
      } catch {
        batch.problems.append(ImportProblem(path: path, line: error.line ?? task.line, reason: error.reason))
      }
    }
    return batch
  }

  private static func document(_ task: JSONNode, path: String, problems: inout [ImportProblem]) throws(RecordFault) -> ImportedDocument {
    guard task.isObject, let data = task["data"], data.isObject else { throw RecordFault("a task needs a \"data\" object") }
    let strings = data.keys.compactMap { data[$0]?.string }
    guard let text = data["text"]?.string ?? (strings.count == 1 ? strings[0] : nil) else {
      throw RecordFault("\"data\" has no \"text\" (and not exactly one string to use instead)")
    }
    let name = data["document"]?.string ?? task["id"].flatMap(DoccanoParser.name) ?? "\(task.line)"
    let carried = CarriedText(text)
    var annotations: [ImportedAnnotation] = []
    for annotation in (task["annotations"] ?? task["completions"])?.array ?? [] {
      if case .bool(true) = annotation["was_cancelled"]?.value { continue }
      let annotator = annotatorName(annotation)
      var made: [ImportedAnnotation] = []
      var notes: [String] = []
      for result in annotation["result"]?.array ?? [] {
        let value = result["value"]
        let type = result["type"]?.string ?? (value?["labels"] != nil ? "labels" : value?["choices"] != nil ? "choices" : "")
        let source = ImportSource(path: path, line: result.line)
        switch type {
        case "labels":
          guard let start = value?["start"]?.integer, let end = value?["end"]?.integer, let labels = value?["labels"]?.strings, !labels.isEmpty else {
            problems.append(ImportProblem(source: source, reason: "a labels result needs value.start, value.end and value.labels"))
            continue
          }
          do {
            let range = try carried.scalarRange(start: start, end: end, quote: value?["text"]?.string)
            made.append(
              ImportedAnnotation(
                document: name, scalarStart: range.lowerBound, scalarEnd: range.upperBound, unit: .span, labels: labels, annotator: annotator,
                quote: carried.text(scalarRange: range).map { TextQuoteSelector(exact: $0) }, source: source))
          } catch {
            problems.append(ImportProblem(source: source, reason: error.reason))
          }
        case "choices":
          guard let choices = value?["choices"]?.strings, !choices.isEmpty, let range = DoccanoParser.trimmedRange(of: text) else { continue }
          made.append(
            ImportedAnnotation(
              document: name, scalarStart: range.lowerBound, scalarEnd: range.upperBound, unit: .sentence, labels: choices, annotator: annotator,
              quote: carried.text(scalarRange: range).map { TextQuoteSelector(exact: $0) }, source: source))
        case "textarea":
          notes += value?["text"]?.strings ?? []
        default:
          problems.append(ImportProblem(source: source, reason: "result type '\(type)' is not imported (only labels, choices and textarea)"))
        }
      }
      if !notes.isEmpty {
        for index in made.indices { made[index].note = notes.joined(separator: "\n") }
      }
      annotations += made
    }
    return ImportedDocument(name: name, text: text, annotations: annotations, source: ImportSource(path: path, line: task.line))
  }

  /// Who made an annotation: `completed_by`'s email or id, else `created_username`.
  private static func annotatorName(_ annotation: JSONNode) -> String? {
    if let person = annotation["completed_by"] {
      if let email = person["email"]?.string, !email.isEmpty { return email }
      if let id = person["id"].flatMap(DoccanoParser.name) ?? DoccanoParser.name(person) { return id }
    }
    return annotation["created_username"]?.string?.split(separator: ",").first.map { String($0).trimmingSpaces }
  }
}
