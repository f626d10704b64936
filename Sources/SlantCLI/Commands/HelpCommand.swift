extension CommandSpec {
  static let help = CommandSpec(
    name: "help", summary: "Show help for slant or for one command.", arguments: "[COMMAND]"
  ) { arguments, context in
    guard !arguments.positionals.isEmpty else {
      context.console.writeProse(HelpText.overview(context.commands.commands))
      return ExitStatus.success
    }
    let (spec, consumed) = try context.commands.resolve(arguments.positionals)
    guard consumed == arguments.positionals.count else {
      throw UsageError.tooManyArguments(command: "help", extra: arguments.positionals[consumed])
    }
    context.console.writeProse(HelpText.command(spec))
    return ExitStatus.success
  }
}
