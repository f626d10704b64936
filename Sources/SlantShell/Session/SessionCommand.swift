import SlantCLI
import SlantCore
import SlantTerminal

/// A command that exists only at the shell prompt (`next`, `label`, `undo`…): its grammar and
/// help as a `CommandSpec`, so that parsing and help are driven by the same table as the
/// command line's, and what it does to the session.
struct SessionCommand: Sendable {
  typealias Action = @Sendable (ParsedArguments, inout Session) throws -> Void

  var spec: CommandSpec
  var perform: Action

  init(
    name: String, summary: String, arguments: String = "", minimumArguments: Int = 0, maximumArguments: Int? = nil,
    options: [OptionSpec] = [], discussion: String = "", perform: @escaping Action
  ) {
    spec = CommandSpec(
      name: name, summary: summary, arguments: arguments, minimumArguments: minimumArguments, maximumArguments: maximumArguments,
      options: options, discussion: discussion
    ) { _, _ in
      throw UsageError.invalid("this command works at the 'slant shell' prompt", command: name)
    }
    self.perform = perform
  }
}
