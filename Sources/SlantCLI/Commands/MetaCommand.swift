import SlantCore
import SlantTerminal

extension CommandSpec {
  static let meta = CommandSpec(
    name: "meta", summary: "Show or set a document's outlet, date, title, url or any other field.", arguments: "DOC", minimumArguments: 1,
    maximumArguments: 1,
    options: DocumentMetadata.fieldNames.map { field in
      .value(field, field == "date" ? "YYYY-MM-DD" : field.uppercased(), help: "Set the \(field) (an empty value clears it).")
    } + [
      .value("set", "FIELD=VALUE", repeatable: true, help: "Set any field, such as country=India or leaning=left (an empty value clears it)."),
      CommandContext.annotationsOption,
    ],
    discussion: """
      Metadata set here is stored in the document's sidecar and outranks what the document, its
      manifest or its folder say. Fields other than the four named ones (country, leaning,
      owner…) are what 'slant compare --by FIELD' groups by. With no option, prints the metadata
      as Slant resolves it.
      """
  ) { arguments, context in
    context.useAnnotationsOption(from: arguments)
    let document = try context.document(named: arguments.positionals[0], command: "meta")
    let store = context.annotationStore()
    let snapshot = try store.load(document.id)
    var metadata = snapshot.sidecar.metadata
    var settings = DocumentMetadata.fieldNames.compactMap { field in arguments.value(field).map { (field, $0) } }
    for assignment in arguments.allValues("set") {
      guard let equals = assignment.firstIndex(of: "="), DocumentMetadata.isFieldName(String(assignment[..<equals]).lowercased()) else {
        throw UsageError.invalid("'--set' needs FIELD=VALUE with a field name of letters, digits, _ or -, not '\(assignment)'", command: "meta")
      }
      settings.append((String(assignment[..<equals]).lowercased(), String(assignment[assignment.index(after: equals)...])))
    }
    for (field, value) in settings {
      let trimmed = value.trimmingCharacters(in: .whitespaces)
      if field == "date", !trimmed.isEmpty, !isCalendarDate(trimmed) {
        throw UsageError.invalid("'--date' needs YYYY-MM-DD, not '\(value)'", command: "meta")
      }
      metadata[field: field] = trimmed.isEmpty ? nil : trimmed
    }
    var shown = document.metadata
    if metadata != snapshot.sidecar.metadata {
      _ = try store.apply([.setMetadata(from: snapshot.sidecar.metadata, to: metadata)], to: document.id, since: snapshot)
      shown = try context.document(named: arguments.positionals[0], command: "meta").metadata
    }
    var text = "\(document.id)\n"
    for field in shown.allFieldNames { text += "  \(field): \(shown[field: field] ?? "unknown")\n" }
    context.console.writeText(text)
    return ExitStatus.success
  }
}

/// Whether `text` is a real `YYYY-MM-DD` date.
package func isCalendarDate(_ text: String) -> Bool {
  let parts = text.split(separator: "-", omittingEmptySubsequences: false)
  guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
    let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
  else { return false }
  let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  return (1...days).contains(day)
}
