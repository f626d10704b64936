import SlantCore

extension CommandSpec {
  /// `slant` with no arguments: scores the bundled seeds and shows the text view.
  static let mainJob = CommandSpec(name: "", summary: "Score the bundled seeds and show each sentence with its label and reason.") { _, context in
    let seeds = context.defaultCorpus
    guard PathName.isDirectory(seeds) else {
      throw UsageError.invalid("no bundled corpus at '\(seeds)'; run slant from the repository folder or give a command and a PATH (see 'slant help')", command: "slant")
    }
    var arguments = ParsedArguments(command: "score")
    arguments.positionals = [seeds]
    return try CommandSpec.score.run(arguments, &context)
  }
}
