import SlantCore
import SlantTerminal

/// Runs one command line: parses it against the command table, runs the command, and prints
/// any error in one place, as one line on standard error, choosing the exit status.
public enum CommandRunner {
  public static let version = "0.1.0"

  /// Runs `arguments` (without the program name) and returns the exit status.
  public static func run(_ arguments: [String], context: inout CommandContext) -> Int32 {
    context.started = .now
    let status = runCatchingErrors(arguments, context: &context)
    context.console.flush()
    return status
  }

  private static func runCatchingErrors(_ arguments: [String], context: inout CommandContext) -> Int32 {
    let console = context.console
    do {
      if arguments == ["--version"] || arguments == ["-V"] {
        console.output.write("slant \(version)\n")
        return ExitStatus.success
      }
      if arguments.isEmpty { return try CommandTable.main.run(ParsedArguments(command: ""), &context) }
      if arguments.first == "--help" || arguments.first == "-h" {
        console.writeProse(HelpText.overview(context.commands.commands))
        return ExitStatus.success
      }
      let (spec, parsed) = try context.commands.parse(arguments)
      if parsed.has("help") {
        console.writeProse(HelpText.command(spec))
        return ExitStatus.success
      }
      context.isEncodingStrict = parsed.has("strict-encoding")
      return try spec.run(parsed, &context)
    } catch let error as UsageError {
      console.report("\(error)")
      return ExitStatus.usage
    } catch {
      console.report("\(error)")
      return ExitStatus.failure
    }
  }
}
