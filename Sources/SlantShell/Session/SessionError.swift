import SlantCLI
import SlantCore
import SlantTerminal

/// Errors raised by commands typed at the shell prompt. Each prints on one line and says what to
/// do; the shell reports it and goes on.
public enum SessionError: Error, Equatable, CustomStringConvertible {
  case noDocuments(paths: [String])
  case noSuchDocument(String, suggestion: String?)
  case ambiguousDocument(String, matches: [String], total: Int)
  case atCorpusEnd(isFirst: Bool)
  case labelNotPresent(String, sentence: Int)
  case alreadyAccepted(String, sentence: Int)
  case phraseNotFound(String, sentence: Int)
  case ambiguousPhrase(String, sentence: Int, choices: [String])
  case nothingToUndo
  case nothingToRedo
  case undoRefused(summary: String, reason: String)
  case redoRefused(summary: String, reason: String)
  case journalUnwritable(path: String, reason: String)
  case journalMalformed(path: String, line: Int, reason: String)
  case unknownCategory(String, suggestion: String?)
  case notEditableLexicon(path: String)
  case duplicateLexiconEntry(String, category: String, location: String)
  case invalidLexiconTerm(String, reason: String)
  case unknownMetadataField(String, suggestion: String?)
  case invalidDate(String)

  public var description: String {
    switch self {
    case .noDocuments(let paths): "no documents in \(paths.joined(separator: ", ")); give a folder of .txt, .md or .jsonl files"
    case .noSuchDocument(let name, let suggestion):
      "no document '\(name)'" + Self.hint(suggestion) + "; 'docs' lists them"
    case .ambiguousDocument(let name, let matches, let total):
      "'\(name)' matches \(total) documents (\(matches.joined(separator: ", "))\(total > matches.count ? ", …" : "")); type more of the name or its number"
    case .atCorpusEnd(let isFirst):
      isFirst ? "already at the first sentence of the corpus" : "already at the last sentence of the corpus"
    case .labelNotPresent(let label, let sentence): "sentence \(sentence) has no label '\(label)' from you"
    case .alreadyAccepted(let label, let sentence): "you already accepted '\(label)' for sentence \(sentence)"
    case .phraseNotFound(let phrase, let sentence): "'\(phrase)' is not in sentence \(sentence); 'show' prints it"
    case .ambiguousPhrase(let phrase, let sentence, let choices):
      "'\(phrase)' occurs \(choices.count) times in sentence \(sentence): \(choices.joined(separator: " | ")); quote more words to pick one"
    case .nothingToUndo: "nothing to undo"
    case .nothingToRedo: "nothing to redo"
    case .undoRefused(let summary, let reason): "cannot undo '\(summary)': \(reason)"
    case .redoRefused(let summary, let reason): "cannot redo '\(summary)': \(reason)"
    case .journalUnwritable(let path, let reason):
      "\(path): cannot record the change for undo (\(reason)); the change itself was saved"
    case .journalMalformed(let path, let line, let reason): "\(path):\(line): \(reason); that line of the undo journal was skipped"
    case .unknownCategory(let name, let suggestion):
      "unknown category '\(name)'" + Self.hint(suggestion) + "; 'lexicon list' shows them"
    case .notEditableLexicon(let path): "\(path): a LIWC dictionary; add entries to a Slant lexicon (.txt) instead"
    case .duplicateLexiconEntry(let term, let category, let location): "'\(term)' is already in \(category) at \(location)"
    case .invalidLexiconTerm(let term, let reason): "cannot add '\(term)': \(reason)"
    case .unknownMetadataField(let field, let suggestion):
      "unknown field '\(field)'" + Self.hint(suggestion) + " (choose from \(DocumentMetadata.fieldNames.joined(separator: ", ")))"
    case .invalidDate(let value): "the date needs YYYY-MM-DD, not '\(value)'"
    }
  }

  private static func hint(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean '\($0)'?)" } ?? ""
  }
}
