import SlantCore
import SlantTerminal

extension CommandSpec {
  static let meta = CommandSpec(
    name: "meta", summary: "Show or set a document's outlet, date, title and url.", arguments: "DOC", minimumArguments: 1, maximumArguments: 1,
    options: DocumentMetadata.fieldNames.map { field in
      .value(field, field == "date" ? "YYYY-MM-DD" : field.uppercased(), help: "Set the \(field) (an empty value clears it).")
    } + [CommandContext.annotationsOption],
    discussion: """
      Metadata set here is stored in the document's sidecar and outranks what the document, its
      manifest or its folder say. With no option, prints the metadata as Slant resolves it.
      """
  ) { arguments, context in
    context.useAnnotationsOption(from: arguments)
    let document = try context.document(named: arguments.positionals[0], command: "meta")
    let store = context.annotationStore()
    let snapshot = try store.load(document.id)
    var metadata = snapshot.sidecar.metadata
    for field in DocumentMetadata.fieldNames {
      guard let value = arguments.value(field) else { continue }
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
    for field in DocumentMetadata.fieldNames { text += "  \(field): \(shown[field: field] ?? "unknown")\n" }
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
