import SlantCore
import SlantTerminal

/// One option a command accepts: a flag (`--excel`) or an option with a value (`--format csv`).
public struct OptionSpec: Sendable {
  public var name: String
  /// The placeholder for the value in help (`FORMAT`); nil for a flag.
  public var valueName: String?
  /// The values allowed, when they are a fixed set.
  public var choices: [String]?
  public var isRepeatable: Bool
  /// Whether the option takes every following word up to the next option (`--label a b`).
  public var isVariadic = false
  public var help: String

  public static func flag(_ name: String, help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, choices: nil, isRepeatable: false, help: help)
  }

  public static func value(_ name: String, _ valueName: String, choices: [String]? = nil, repeatable: Bool = false, help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: valueName, choices: choices, isRepeatable: repeatable, help: help)
  }

  /// An option that takes one or more values: `--label loaded unsupported`, or repeated.
  public static func values(_ name: String, _ valueName: String, choices: [String]? = nil, help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: valueName, choices: choices, isRepeatable: true, isVariadic: true, help: help)
  }

  /// `--format text|tsv|jsonl` as help shows it.
  var synopsis: String {
    guard let valueName else { return "--\(name)" }
    return "--\(name) " + (choices?.joined(separator: "|") ?? valueName) + (isVariadic ? "…" : "")
  }
}

/// A command of the one grammar shared by the command line and the shell: its name (one or two
/// words, such as `lexicon check`), its help, what it accepts, and what it does. Parsing and help
/// are both driven by this table.
public struct CommandSpec: Sendable {
  public typealias Action = @Sendable (ParsedArguments, inout CommandContext) throws -> Int32

  public var name: String
  public var summary: String
  /// The positional arguments as help shows them (`PATH…`).
  public var arguments: String
  public var minimumArguments: Int
  /// At most this many positional arguments; nil for no limit. Left out, it is 0 for a command
  /// whose `arguments` is empty and no limit otherwise.
  public var maximumArguments: Int?
  public var options: [OptionSpec]
  /// Longer help: what the command is for, examples.
  public var discussion: String
  public var run: Action

  public init(
    name: String, summary: String, arguments: String = "", minimumArguments: Int = 0, maximumArguments: Int? = nil,
    options: [OptionSpec] = [], discussion: String = "", run: @escaping Action
  ) {
    self.name = name
    self.summary = summary
    self.arguments = arguments
    self.minimumArguments = minimumArguments
    // A command that names no arguments takes none: a stray path is an error, not ignored.
    self.maximumArguments = maximumArguments ?? (arguments.isEmpty ? 0 : nil)
    self.options = options
    self.discussion = discussion
    self.run = run
  }

  /// The name's words (`["lexicon", "check"]`).
  var words: [String] { name.split(separator: " ").map(String.init) }
}
