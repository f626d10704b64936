extension CorpusLoader {
  /// Reads a CSV corpus (RFC 4180, see `CSVReader`): a header row naming a `text` column and
  /// optionally `id`, `outlet`, `date`, `title` and `url` (in any order and case; other columns
  /// are allowed and not read), then one article per row, as JSON Lines are read. A row with
  /// the wrong number of fields, an empty text or a repeated id is a problem naming its line,
  /// and the other rows are still read; a file that is not CSV, or has no `text` column, throws.
  func csvDocuments(in file: CorpusFile) throws -> (documents: [Document], problems: [CorpusError]) {
    let (text, source) = try TextFileReader.decodedText(atPath: file.path, isStrict: isEncodingStrict)
    let rows: [CSVReader.Row]
    do {
      rows = try CSVReader().rows(in: text)
    } catch let problem as CSVReader.Problem {
      throw CorpusError.malformedLine(path: file.path, line: problem.line, reason: problem.reason)
    }
    guard let header = rows.first else { return ([], []) }
    let columns = header.fields.map { $0.trimmingSpaces.lowercased() }
    guard let textColumn = columns.firstIndex(of: "text") else {
      throw CorpusError.malformedLine(path: file.path, line: header.line, reason: "a CSV corpus needs a header row with a 'text' column (and optionally id, outlet, date, title, url)")
    }
    let idColumn = columns.firstIndex(of: "id")
    let path = PathName.relative(file.path, to: workspace)
    var documents: [Document] = []
    var problems: [CorpusError] = []
    var seenIDs: Set<String> = []
    for row in rows.dropFirst() {
      guard row.fields.count == columns.count else {
        problems.append(.malformedLine(path: file.path, line: row.line, reason: "expected \(columns.count) fields, found \(row.fields.count)"))
        continue
      }
      let articleText = row.fields[textColumn]
      guard !articleText.trimmingSpaces.isEmpty else {
        problems.append(.malformedLine(path: file.path, line: row.line, reason: "empty \"text\""))
        continue
      }
      var id = idColumn.map { row.fields[$0].trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
      if let given = id, !seenIDs.insert(given).inserted {
        problems.append(.malformedLine(path: file.path, line: row.line, reason: "duplicate id '\(given)'; using the line number instead"))
        id = nil
      }
      var metadata = DocumentMetadata()
      for (column, value) in zip(columns, row.fields) where DocumentMetadata.fieldNames.contains(column) {
        let trimmed = value.trimmingSpaces
        if !trimmed.isEmpty { metadata[field: column] = trimmed }
      }
      let documentID = DocumentID(path: path, fragment: id ?? "\(row.line)")
      documents.append(document(id: documentID, text: articleText, ownMetadata: metadata, inherited: file.inheritedMetadata, source: source))
    }
    return (documents, problems)
  }
}
