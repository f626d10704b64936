import SlantCore
import SlantTerminal

/// What a command runs with: where to write, the workspace folder, and the environment.
public struct CommandContext {
  public var console: Console
  /// The folder that holds `seeds/`, `lexicons/` and `annotations/`; document ids are relative to it.
  public var workspace: String
  public var environment: [String: String]
  /// The annotations folder given with `--annotations`, when it is not `annotations/` in the workspace.
  public var annotationsFolderOverride: String?
  /// The commands this context runs and lists in help: the command layer's own unless the
  /// entry point adds the shell (`CommandTable.all(shell:)`).
  public var commands = CommandParser(commands: CommandTable.all())

  public init(console: Console, workspace: String = ".", environment: [String: String] = [:]) {
    self.console = console
    self.workspace = workspace
    self.environment = environment
  }

  /// The bundled corpus that commands read when given no path.
  public var defaultCorpus: String { PathName.resolved("seeds", against: workspace) }
}

/// Exit statuses, as documented in `slant help`.
public enum ExitStatus {
  public static let success: Int32 = 0
  /// A runtime failure: nothing useful was produced.
  public static let failure: Int32 = 1
  /// A batch finished but skipped some inputs, each reported on standard error.
  public static let partial: Int32 = 2
  /// The command line does not fit the grammar.
  public static let usage: Int32 = 64
}
