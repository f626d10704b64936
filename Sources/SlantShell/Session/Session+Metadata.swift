import SlantCLI
import SlantCore
import SlantTerminal

extension SessionCommand {
  static let meta = SessionCommand(
    name: "meta", summary: "Show the open document's outlet, date, title, url and other fields, or set one.", arguments: "[FIELD VALUE…]",
    discussion: """
      meta outlet Dawn sets the outlet; meta country Pakistan sets any other field (what compare --by \
      groups by); an empty value (meta title "") clears the field. Stored in the sidecar.
      """
  ) { arguments, session in
    guard let field = arguments.positionals.first else {
      session.printMetadata()
      return
    }
    // Any field name may be set, but one a typo away from a named field is taken for that typo.
    let nearMiss = EditDistance.closest(to: field, in: DocumentMetadata.fieldNames)
    guard DocumentMetadata.fieldNames.contains(field) || (DocumentMetadata.isFieldName(field) && nearMiss == nil) else {
      throw SessionError.unknownMetadataField(field, suggestion: EditDistance.closest(to: field, in: DocumentMetadata.fieldNames))
    }
    guard arguments.positionals.count > 1 else { throw UsageError.missingArgument("a value for \(field)", command: "meta") }
    let value = arguments.positionals.dropFirst().joined(separator: " ").trimmingCharacters(in: .whitespaces)
    if field == "date", !value.isEmpty, !isCalendarDate(value) { throw SessionError.invalidDate(value) }
    let index = session.documentIndex
    let snapshot = try session.editableSnapshot(index)
    var metadata = snapshot.sidecar.metadata
    metadata[field: field] = value.isEmpty ? nil : value
    guard metadata != snapshot.sidecar.metadata else {
      session.output.write("\(field) is already '\(value)'\n")
      return
    }
    let id = session.current.document.id
    try session.commit([.setMetadata(from: snapshot.sidecar.metadata, to: metadata)], to: index, since: snapshot, summary: "set \(field) of \(id) to '\(value)'")
    session.documents[index].document = try session.context.document(named: id.description, command: "meta")
  }
}

extension Session {
  func printMetadata() {
    var text = "\(current.document.id)\n"
    let metadata = current.document.metadata
    for field in metadata.allFieldNames { text += "  \(field): \(metadata[field: field] ?? "unknown")\n" }
    output.write(text)
  }
}
