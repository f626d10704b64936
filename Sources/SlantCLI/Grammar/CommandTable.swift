/// Every command Slant knows, in the order `slant help` lists them. Each command's spec lives
/// in its own file, `Commands/<Name>Command.swift`.
public enum CommandTable {
  /// The commands in help order. `shell` is defined by the SlantShell module, which builds on
  /// this one, so the entry point hands it in and it takes its place in the list.
  public static func all(shell: CommandSpec? = nil) -> [CommandSpec] {
    [.score, .compare, .agree, .eval, .sentences, .annotate, .importAnnotations, .meta, .verify] + (shell.map { [$0] } ?? [])
      + [.export, .htmlReport, .lexiconCheck, .lexiconList, .lexiconLearn, .lexiconExport, .completion, .version, .help]
  }

  /// What `slant` does with no arguments.
  static let main = CommandSpec.mainJob
}
