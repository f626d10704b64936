import SlantCore

extension CommandSpec {
  /// `slant` with no arguments: the main job on the bundled seeds.
  static let mainJob = CommandSpec(name: "", summary: "Run the main job on the bundled seeds.") { _, context in
    let seeds = context.defaultCorpus
    guard PathName.isDirectory(seeds) else {
      throw UsageError.invalid("no bundled corpus at '\(seeds)'; run slant from the repository folder or give a command and a PATH (see 'slant help')", command: "slant")
    }
    var arguments = ParsedArguments(command: "sentences")
    arguments.positionals = [seeds]
    return try CommandSpec.sentences.run(arguments, &context)
  }
}
