import SlantCLI
import SlantCore
import SlantTerminal

extension SessionCommand {
  static let stats = SessionCommand(
    name: "stats", summary: "Count documents, sentences, the scorer's labels and the human labels by outlet.",
    discussion: "Scorer counts cover the documents scored so far; the last line says when scoring is still going on."
  ) { _, session in
    session.scores.scoreMissing(upTo: SessionCommand.findScoringLimit)
    let counts = session.scores.labelCounts()
    var rows: [String: (documents: Int, sentences: Int, scorer: [Int], human: [String: Int])] = [:]
    var scored = 0
    for (index, entry) in session.documents.enumerated() {
      var row = rows[entry.document.outlet] ?? (0, 0, Array(repeating: 0, count: SupportLabel.allCases.count), [:])
      row.documents += 1
      row.sentences += entry.sentences.count
      if let labels = counts[index] {
        for slot in labels.indices { row.scorer[slot] += labels[slot] }
        scored += 1
      }
      for annotation in entry.annotations { for label in annotation.labels { row.human[label, default: 0] += 1 } }
      rows[entry.document.outlet] = row
    }
    let outletWidth = max(6, rows.keys.map(\.count).max() ?? 0)
    let labelNames = SupportLabel.allCases.map(\.rawValue)
    var text = "outlet".padding(toLength: outletWidth, withPad: " ", startingAt: 0) + "   docs  sentences  " + labelNames.joined(separator: "  ") + "\n"
    for outlet in rows.keys.sorted() {
      let row = rows[outlet]!
      text += outlet.padding(toLength: outletWidth, withPad: " ", startingAt: 0) + "\(row.documents)".leftPadded(to: 7) + "\(row.sentences)".leftPadded(to: 11)
      for (slot, label) in SupportLabel.allCases.enumerated() { text += "\(row.scorer[slot])".leftPadded(to: label.rawValue.count + 2) }
      text += "\n"
      let human = row.human.keys.sorted { (-row.human[$0]!, $0) < (-row.human[$1]!, $1) }.map { "\($0) \(row.human[$0]!)" }
      text += "  human labels: " + (human.isEmpty ? "none yet" : human.joined(separator: ", ")) + "\n"
    }
    if scored < session.documents.count {
      text += "scorer counts cover the \(scored) of \(session.documents.count) documents scored so far\n"
    }
    session.output.write(text)
  }

  static let export = SessionCommand(
    name: "export", summary: "Export the open corpus's annotations, as 'slant export' does.", arguments: "FORMAT FILE",
    minimumArguments: 2, maximumArguments: 2,
    options: [
      .flag("all-sentences", help: "Add a row for every sentence without annotations (csv, jsonl)."),
      .choice("by", "GROUP", ExportGrouping.self, help: "One row per outlet with counts per label (csv, jsonl)."),
      .flag("excel", help: "Start the CSV with a byte order mark so that Excel reads it as UTF-8."),
    ],
    discussion: "FORMAT is csv, jsonl, w3c or brat (FILE is then a folder). Runs 'slant export' on the open corpus."
  ) { arguments, session in
    var exported = ParsedArguments(command: "export")
    exported.values = arguments.values
    exported.flags = arguments.flags
    exported.values["format"] = [arguments.positionals[0]]
    exported.values["output"] = [arguments.positionals[1]]
    exported.positionals = session.paths
    guard ExportFormat(rawValue: arguments.positionals[0]) != nil else {
      throw UsageError.invalidValue(arguments.positionals[0], option: "format", command: "export", choices: ExportFormat.allCases.map(\.rawValue))
    }
    let status = try CommandSpec.export.run(exported, &session.context)
    session.output.write("exported \(arguments.positionals[0]) to \(arguments.positionals[1])\n")
    if status != ExitStatus.success { throw UsageError.invalid("some documents were skipped (reported above)", command: "export") }
  }

  static let help = SessionCommand(name: "help", summary: "List the commands, or show one command's help.", arguments: "[COMMAND]") { arguments, session in
    guard !arguments.positionals.isEmpty else {
      session.output.write(HangingWrapper.fit(SessionCommandTable.overview, width: session.width))
      return
    }
    let (spec, consumed) = try SessionCommandTable.parser.resolve(arguments.positionals)
    guard consumed == arguments.positionals.count else { throw UsageError.tooManyArguments(command: "help", extra: arguments.positionals[consumed]) }
    session.output.write(HangingWrapper.fit(HelpText.command(spec, program: ""), width: session.width))
  }

  static let quit = SessionCommand(name: "quit", summary: "Leave the shell (Ctrl-D does too); everything is already saved.") { _, session in
    session.isFinished = true
  }

  static let exit = SessionCommand(name: "exit", summary: "Leave the shell, as 'quit' does.") { _, session in
    session.isFinished = true
  }
}

extension SessionCommandTable {
  /// What `help` prints at the prompt: the shell's commands, then the subcommands.
  static var overview: String {
    let width = specs.map(\.name.count).max() ?? 0
    func line(_ spec: CommandSpec) -> String { "  " + spec.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + spec.summary + "\n" }
    var text = "Shell commands (N is a sentence number as 'show' prints it; the current sentence by default):\n"
    for command in all { text += line(command.spec) }
    text += "\nEvery slant subcommand works here too, on the open corpus when given no path:\n"
    for spec in specs.dropFirst(all.count) { text += line(spec) }
    text += "\n'help COMMAND' shows a command's options. Tab completes commands, labels, categories and documents.\n"
    return text
  }
}
