import SlantCore
import SlantTerminal

extension CommandSpec {
  /// `slant` with no arguments: scores the bundled seeds and shows the text view, then compares
  /// the seeds' two outlets, warning that two articles are far too little text for the figures.
  static let mainJob = CommandSpec(
    name: "", summary: "Score the bundled seeds, show each sentence with its label and reason, then compare their outlets."
  ) { _, context in
    let seeds = context.defaultCorpus
    guard PathName.isDirectory(seeds) else {
      throw UsageError.invalid("no bundled corpus at '\(seeds)'; run slant from the repository folder or give a command and a PATH (see 'slant help')", command: "slant")
    }
    var arguments = ParsedArguments(command: "score")
    arguments.positionals = [seeds]
    let scoreStatus = try CommandSpec.score.run(arguments, &context)
    context.console.output.write(
      """
      Comparing the seeds' two outlets. Two documents, one per outlet, are far too
      little text for these figures to mean much: they show what 'slant compare'
      reports, not a finding.


      """)
    arguments.command = "compare"
    let compareStatus = try CommandSpec.compare.run(arguments, &context)
    return max(scoreStatus, compareStatus)
  }
}
