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
  /// How many documents to work on at once, from `--jobs`; nil for the default (`pathJobs`, `streamJobs`).
  public var jobs: Int?
  /// Whether a document that is not UTF-8 is refused rather than read as Windows-1252.
  public var isEncodingStrict = false
  /// The manifest given with `--manifest`, read instead of the `manifest.csv` files beside the documents.
  public var manifestOverride: String?
  /// The commands this context runs and lists in help: the command layer's own unless the
  /// entry point adds the shell (`CommandTable.all(shell:)`).
  public var commands = CommandParser(commands: CommandTable.all())
  /// When the running command started, for the time on a batch's summary line.
  public var started = ContinuousClock.now

  public init(console: Console, workspace: String = ".", environment: [String: String] = [:]) {
    self.console = console
    self.workspace = workspace
    self.environment = environment
  }

  /// The bundled corpus that commands read when given no path.
  public var defaultCorpus: String { PathName.resolved("seeds", against: workspace) }
}
