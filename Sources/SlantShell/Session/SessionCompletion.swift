import SlantCLI
import SlantCore
import SlantTerminal

/// What Tab offers at the shell prompt, from the word's place in the line: command names first,
/// then labels, categories, document names, metadata fields or export formats as the command
/// takes them. Built once when the shell opens.
struct SessionCompletion: Sendable {
  var commands: [String]
  var labels: [String]
  var categories: [String]
  var documents: [String]

  init(session: Session) {
    commands = SessionCommandTable.specs.map(\.name)
    labels = session.labels.names
    categories = Set(session.lexicons.flatMap { $0.categories.map(\.name) }).sorted()
    documents = session.documents.map(\.document.id.description)
  }

  /// The candidates for the word under the cursor (`cursor` counts characters).
  func candidates(line: String, cursor: Int) -> [String] {
    let before = String(line.prefix(cursor))
    var words = before.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    if !before.hasSuffix(" "), !words.isEmpty { words.removeLast() }
    guard let command = words.first else { return Set(commands.map { String($0.prefix { $0 != " " }) }).sorted() }
    if words.count == 1, commands.contains(where: { $0.hasPrefix(command + " ") }) {
      return commands.filter { $0.hasPrefix(command + " ") }.map { String($0.dropFirst(command.count + 1)) }
    }
    switch command {
    case "label", "unlabel", "span": return labels
    case "lexicon": return words.count == 2 && words[1] == "add" ? categories : []
    case "find": return categories
    case "open": return words.count == 1 ? documents : []
    case "meta": return words.count == 1 ? DocumentMetadata.fieldNames : []
    case "export": return words.count == 1 ? ExportFormat.allCases.map(\.rawValue) : []
    case "help": return Set(commands.map { String($0.prefix { $0 != " " }) }).sorted()
    default: return []
    }
  }
}
