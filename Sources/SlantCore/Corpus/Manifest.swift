/// A corpus folder's `manifest.csv`: one row per document with the columns
/// `path,outlet,date,title,url` (header required; only `path` is mandatory). Any other column
/// (`country`, `leaning`, `owner`…) is an extra metadata field named by its lowercase header;
/// an empty cell leaves its field unknown. Paths are relative to the manifest's folder.
struct Manifest {
  static let fileName = "manifest.csv"

  /// Metadata by the document's path, joined to the manifest's folder.
  var entries: [String: DocumentMetadata] = [:]

  init(path: String) throws {
    let folder = String(path.dropLast(PathName.lastComponent(path).count))
    let rows: [CSVReader.Row]
    do {
      rows = try CSVReader().rows(in: try TextFileReader.text(atPath: path))
    } catch let problem as CSVReader.Problem {
      throw CorpusError.malformedLine(path: path, line: problem.line, reason: problem.reason)
    }
    guard let header = rows.first else { return }
    let columns = header.fields.map { $0.trimmingSpaces.lowercased() }
    guard let pathColumn = columns.firstIndex(of: "path") else {
      throw CorpusError.malformedLine(path: path, line: header.line, reason: "manifest needs a header row with a 'path' column (path,outlet,date,title,url)")
    }
    for row in rows.dropFirst() {
      guard row.fields.count == columns.count else {
        throw CorpusError.malformedLine(path: path, line: row.line, reason: "expected \(columns.count) fields, found \(row.fields.count)")
      }
      var metadata = DocumentMetadata()
      for (column, value) in zip(columns, row.fields) where column != "path" && !column.isEmpty {
        let trimmed = value.trimmingSpaces
        if !trimmed.isEmpty { metadata[field: column] = trimmed }
      }
      entries[PathName.normalized(folder + row.fields[pathColumn].trimmingSpaces)] = metadata
    }
  }
}
