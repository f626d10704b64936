import Foundation
import SlantCLI
import SlantShell

@main
enum Entrypoint {
  static func main() {
    let environment = ProcessInfo.processInfo.environment
    var context = CommandContext(console: .standard(environment: environment), environment: environment)
    context.commands = CommandParser(commands: CommandTable.all(shell: .shell))
    exit(CommandRunner.run(Array(CommandLine.arguments.dropFirst()), context: &context))
  }
}
