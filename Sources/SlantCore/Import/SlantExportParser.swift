/// Reads what `slant export` writes as JSON Lines or CSV, so that export → import is a round trip.
///
/// A record needs `document`, `start` and `end` (code points of the document's text) and
/// `labels` (a JSON list, or `;`-separated in CSV); `unit`, `text`, `annotator`, `note`, `id`,
/// `origin` and `origin_reason` are used when present, other columns (outlet, scorer findings)
/// are ignored. A row without labels (a sentence row of `--all-sentences`) is counted in
/// `unlabelledRecords`, not reported. A CSV cell that export defused with a leading `'` gets
/// its text back. Blank lines are skipped.
public enum SlantExportParser {
  /// The records of a JSON Lines export read from `path`.
  public static func jsonLines(_ text: String, path: String) -> ImportBatch {
    var batch = ImportBatch(format: .exportJSONLines)
    for (index, line) in JSONLines.lines(of: text) {
      do throws(RecordFault) {
        let node = try JSONLines.object(line, line: index)
        var fields = RecordFields()
        guard case .object(let members) = node.value else { continue }
        for (key, value) in members {
          switch value.value {
          case .string(let string): fields.text[key] = string
          case .number: fields.text[key] = value.integer.map(String.init) ?? "\(value)"
          case .bool(let flag): fields.text[key] = flag ? "true" : "false"
          case .array:
            guard let strings = value.strings else { throw RecordFault("'\(key)' must be a list of strings") }
            fields.lists[key] = strings
          case .null: break
          case .object: throw RecordFault("'\(key)' must not be an object")
          }
        }
        try add(fields, source: ImportSource(path: path, line: index), to: &batch)
      } catch {
        batch.problems.append(ImportProblem(path: path, line: error.line ?? index, reason: error.reason))
      }
    }
    return batch
  }

  /// The records of a CSV export read from `path`.
  /// - Throws: `ImportError.malformedFile` when the CSV cannot be read or lacks a needed column.
  public static func csv(_ text: String, path: String) throws -> ImportBatch {
    var batch = ImportBatch(format: .exportCSV)
    let rows: [CSVReader.Row]
    do {
      rows = try CSVReader().rows(in: text)
    } catch let problem as CSVReader.Problem {
      throw ImportError.malformedFile(path: path, line: problem.line, reason: problem.reason)
    }
    guard let header = rows.first else { return batch }
    let columns = header.fields.map { $0.trimmingSpaces }
    for needed in ["document", "start", "end", "labels"] where !columns.contains(needed) {
      throw ImportError.malformedFile(path: path, line: header.line, reason: "the header has no '\(needed)' column")
    }
    for row in rows.dropFirst() {
      guard row.fields.count == columns.count else {
        batch.problems.append(ImportProblem(path: path, line: row.line, reason: "\(row.fields.count) fields where the header has \(columns.count)"))
        continue
      }
      var fields = RecordFields()
      for (column, cell) in zip(columns, row.fields) where !cell.isEmpty {
        let value = undefused(cell)
        if column == "labels" {
          fields.lists[column] = value.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        } else {
          fields.text[column] = value
        }
      }
      do throws(RecordFault) {
        try add(fields, source: ImportSource(path: path, line: row.line), to: &batch)
      } catch {
        batch.problems.append(ImportProblem(path: path, line: row.line, reason: error.reason))
      }
    }
    return batch
  }

  /// A record's fields: text values by key, and lists (labels) apart.
  private struct RecordFields {
    var text: [String: String] = [:]
    var lists: [String: [String]] = [:]

    func integer(_ key: String) throws(RecordFault) -> Int {
      guard let value = text[key] else { throw RecordFault("'\(key)' is missing") }
      guard let number = Int(value.trimmingSpaces), number >= 0 else { throw RecordFault("'\(key)' must be a whole number of code points, not '\(value)'") }
      return number
    }
  }

  private static func add(_ fields: RecordFields, source: ImportSource, to batch: inout ImportBatch) throws(RecordFault) {
    guard let document = fields.text["document"], !document.isEmpty else { throw RecordFault("'document' is missing") }
    let labels = fields.lists["labels"] ?? fields.text["labels"].map { $0.split(separator: ";").map(String.init) } ?? []
    guard !labels.isEmpty else {
      if fields.text["id"] == nil { batch.unlabelledRecords += 1 } else { throw RecordFault("the annotation has no labels") }
      return
    }
    let start = try fields.integer("start"), end = try fields.integer("end")
    guard end > start else { throw RecordFault("offsets \(start)-\(end) do not make a range (start must be below end)") }
    var unit: AnnotationTarget.Unit?
    if let name = fields.text["unit"] {
      guard let known = AnnotationTarget.Unit(rawValue: name) else { throw RecordFault("'unit' must be sentence or span, not '\(name)'") }
      unit = known
    }
    var origin: AnnotationOrigin?
    switch fields.text["origin"] {
    case nil: origin = nil
    case "human": origin = .human
    case "suggestion": origin = .acceptedSuggestion(reason: fields.text["origin_reason"] ?? "")
    case let other?: throw RecordFault("'origin' must be human or suggestion, not '\(other)'")
    }
    batch.annotations.append(
      ImportedAnnotation(
        document: document, scalarStart: start, scalarEnd: end, unit: unit, labels: labels, annotator: fields.text["annotator"],
        note: fields.text["note"], quote: fields.text["text"].map { TextQuoteSelector(exact: $0) }, id: fields.text["id"], origin: origin,
        source: source))
  }

  /// A cell as it was before `CSVWriter` put a `'` before text that starts like a formula.
  private static func undefused(_ cell: String) -> String {
    guard cell.hasPrefix("'") else { return cell }
    let rest = String(cell.dropFirst())
    guard let first = rest.utf8.first, "=+-@\t\r".utf8.contains(first), Double(rest) == nil else { return cell }
    return rest
  }
}
