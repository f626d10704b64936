import SlantCLI
import SlantTerminal
/// The shell's own commands, in the order `help` lists them. Typed at the prompt, a line is
/// parsed against these and then every `slant` subcommand, the shell's taking precedence
/// (`help`, `meta` and `export` have shell forms).
enum SessionCommandTable {
  static let all: [SessionCommand] = [
    .docs, .open, .show, .next, .previous, .goto, .find,
    .label, .unlabel, .span, .note, .accept, .reject, .meta,
    .review, .adjudicate, .undo, .redo,
    .lexiconAdd, .stats, .export, .help, .quit, .exit,
  ]

  static let byName: [String: SessionCommand] = Dictionary(uniqueKeysWithValues: all.map { ($0.spec.name, $0) })

  /// The shell's commands, then the subcommands they do not shadow (`shell` itself is not among
  /// the command layer's).
  static let specs = all.map(\.spec) + CommandTable.all().filter { byName[$0.name] == nil }

  static let parser = CommandParser(commands: specs)
}
