import SlantCLI
import SlantCore
import SlantTerminal

extension CommandSpec {
  /// `slant shell`, added to the command table by the entry point.
  public static let shell = CommandSpec(
    name: "shell", summary: "Read and annotate a corpus sentence by sentence in an interactive shell.", arguments: "[PATH…]",
    options: [
      CommandContext.strictEncodingOption,
      .value("annotator", "NAME", help: "Who is annotating (default SLANT_ANNOTATOR, then the login name)."),
      CommandContext.annotationsOption,
    ] + CommandContext.lexiconOptions,
    discussion: """
      Opens PATH (the bundled seeds by default) and reads commands: 'help' at the prompt lists
      them, and every slant subcommand can be typed there too. Each change is saved at once
      through the annotation store; 'undo' and 'redo' cover your newest \(JournalStacks.defaultLimit) changes, across
      documents and restarts (the journal is .slant/journal.jsonl, the line history .slant/history).

      With standard input not a terminal (slant shell < script.txt) the shell reads one command
      per line, prints no prompt and no colour, prints each error on one line on standard error
      and goes on; it exits 1 at the end if any line failed, 0 otherwise. In 'review', each
      answer is then one line (a, r, s, q or a label key). At a terminal it always exits 0.
      """
  ) { arguments, context in
    context.useAnnotationsOption(from: arguments)
    let annotator = try context.annotator(arguments)
    let historyFile = HistoryFile(workspace: context.workspace)
    var history = History()
    do {
      history = try historyFile.load()
    } catch {
      context.console.report("\(error)")
    }
    let completion = CompletionBox()
    let editor = LineEditor(history: history, historyFile: historyFile, completions: { line, cursor in completion.candidates(line: line, cursor: cursor) })
    let input = TerminalInput(editor: editor)
    var session = try Session(
      paths: context.corpusPaths(arguments), context: context, annotator: annotator, lexiconArguments: arguments, input: input)
    completion.completion = SessionCompletion(session: session)
    return session.run()
  }
}

/// Holds the completion built once the session is open, for the editor's provider made before.
private final class CompletionBox: @unchecked Sendable {
  var completion: SessionCompletion?

  func candidates(line: String, cursor: Int) -> [String] {
    completion?.candidates(line: line, cursor: cursor) ?? []
  }
}
