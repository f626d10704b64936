import SlantCLI
import SlantCore
import SlantTerminal

extension SessionCommand {
  static let lexiconAdd = SessionCommand(
    name: "lexicon add", summary: "Add a phrase to the lexicon file that defines CATEGORY and rescore the corpus.",
    arguments: "CATEGORY PHRASE", minimumArguments: 2, maximumArguments: 2,
    discussion: """
      The entry is written at the end of CATEGORY's section of its file, which is replaced
      atomically; the open corpus is rescored at once. Quote a phrase of several words:
      lexicon add loaded.negative "sponsoring terror"
      """
  ) { arguments, session in
    let (name, phrase) = (arguments.positionals[0], arguments.positionals[1].trimmingCharacters(in: .whitespaces))
    let categories = session.lexicons.flatMap(\.categories)
    guard let category = categories.first(where: { $0.name == name }) else {
      throw SessionError.unknownCategory(name, suggestion: EditDistance.closest(to: name, in: categories.map(\.name)))
    }
    guard PathName.fileExtension(category.path) == "txt" else { throw SessionError.notEditableLexicon(path: category.path) }
    let probe = LexiconParser().parse("[\(name)] probe\n\(phrase)\n", path: category.path)
    if let problem = probe.problems.first, case .malformedLine(_, _, let reason) = problem {
      throw SessionError.invalidLexiconTerm(phrase, reason: reason)
    }
    let words = probe.lexicon.entries.first?.words ?? []
    if let existing = session.lexicons.flatMap(\.entries).first(where: { $0.category == name && $0.words == words }) {
      throw SessionError.duplicateLexiconEntry(existing.term, category: name, location: existing.location)
    }
    let file = PathName.resolved(category.path, against: session.context.workspace)
    let text = try TextFileReader.text(atPath: file)
    let (updated, line) = LexiconInsertion.inserting(phrase, afterSectionStartingAt: category.line, in: text)
    do {
      try DurableFile.write(Array(updated.utf8), to: file)
    } catch let failure as DurableFile.Failure {
      throw LexiconError.unwritable(path: category.path, reason: failure.reason)
    }
    // Only the edited file changed (its later entries moved down a line): parse it alone.
    let reparsed = LexiconParser().parse(updated, path: category.path).lexicon
    session.lexicons = session.lexicons.map { $0.path == category.path ? reparsed : $0 }
    session.scores.replace(scorer: Scorer(lexicons: session.lexicons, segmenter: session.segmenter, senses: session.senses))
    session.output.write("added '\(phrase)' to \(name) at \(category.path):\(line); rescoring the corpus\n")
  }
}

/// Where a new entry goes in a lexicon file: after the last entry of its category's first
/// section, so that it belongs to that category and the file keeps its layout.
enum LexiconInsertion {
  /// `text` with `entry` inserted in the section whose header is on line `headerLine`, and the
  /// entry's line number. The file keeps its line ends, Unix or Windows.
  static func inserting(_ entry: String, afterSectionStartingAt headerLine: Int, in text: String) -> (String, Int) {
    // "\r\n" is one `Character`, so a Windows file is split on it as well as on "\n".
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
    let lineEnd = text.contains("\r\n") ? "\r\n" : "\n"
    let hadFinalNewline = lines.last == ""
    if hadFinalNewline { lines.removeLast() }
    var insertAt = min(headerLine, lines.count)
    var index = insertAt
    while index < lines.count {
      let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("[") { break }
      if !trimmed.isEmpty && !trimmed.hasPrefix("#") { insertAt = index + 1 }
      index += 1
    }
    lines.insert(entry, at: insertAt)
    return (lines.joined(separator: lineEnd) + lineEnd, insertAt + 1)
  }
}
