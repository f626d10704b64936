/// Every command Slant knows, in the order `slant help` lists them. Each command's spec lives
/// in its own file, `Commands/<Name>Command.swift`.
public enum CommandTable {
  public static let all: [CommandSpec] = [
    .score,
    .compare,
    .agree,
    .sentences,
    .annotate,
    .meta,
    .verify,
    .shell,
    .export,
    .htmlReport,
    .lexiconCheck,
    .lexiconList,
    .help,
  ]

  /// What `slant` does with no arguments.
  static let main = CommandSpec.mainJob

  static let parser = CommandParser(commands: all)
}
