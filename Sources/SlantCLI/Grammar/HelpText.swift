import SlantCore
import SlantTerminal

/// Renders help from the same command table that drives parsing, so the two never disagree.
package enum HelpText {
  package static func overview(_ commands: [CommandSpec]) -> String {
    let width = commands.map(\.name.count).max() ?? 0
    var text = """
      slant \(CommandRunner.version): how news outlets frame a story, sentence by sentence, with evidence.

      Usage: slant [COMMAND] [ARGUMENTS] [OPTIONS]
      With no command, slant runs its main job on the bundled seeds.

      Commands:

      """
    for spec in commands where !spec.name.isEmpty {
      text += "  " + spec.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + spec.summary + "\n"
    }
    text += """

      Run 'slant help COMMAND' or 'slant COMMAND --help' for a command's options.
      Exit status: 0 success, 1 failure or no document found, 2 finished but skipped bad inputs (even all of them), 64 usage error.
      Set NO_COLOR to turn colour off.

      """
    return text
  }

  /// The help of one command; `program` is what precedes its name in the usage line (empty at
  /// the shell prompt).
  package static func command(_ spec: CommandSpec, program: String = "slant ") -> String {
    var text = "\(spec.summary)\n\nUsage: \(program)\(spec.name)"
    if !spec.arguments.isEmpty { text += " \(spec.arguments)" }
    if !spec.options.isEmpty { text += " [OPTIONS]" }
    text += "\n"
    if !spec.discussion.isEmpty { text += "\n\(reflowed(spec.discussion))\n" }
    if !spec.options.isEmpty {
      text += "\nOptions:\n"
      let width = spec.options.map(\.synopsis.count).max() ?? 0
      for option in spec.options {
        text += "  " + option.synopsis.padding(toLength: width + 2, withPad: " ", startingAt: 0) + option.help + "\n"
      }
    }
    text += "  " + "--help".padding(toLength: (spec.options.map(\.synopsis.count).max() ?? 6) + 2, withPad: " ", startingAt: 0) + "Show this help.\n"
    return text
  }

  /// `text` with the lines of each paragraph joined into one, so that the console can wrap it
  /// to any width; indented lines (examples) and blank lines stay as they are.
  static func reflowed(_ text: String) -> String {
    var lines: [String] = []
    var joinsPrevious = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let isProse = !line.isEmpty && !line.hasPrefix(" ")
      if isProse && joinsPrevious {
        lines[lines.count - 1] += " " + line
      } else {
        lines.append(String(line))
      }
      joinsPrevious = isProse
    }
    return lines.joined(separator: "\n")
  }
}
