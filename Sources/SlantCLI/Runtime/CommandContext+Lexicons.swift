import SlantCore
import SlantTerminal

extension CommandContext {
  /// The options of every command that matches lexicons, so that all load them the same way.
  public static let lexiconOptions: [OptionSpec] = [
    .value("lexicon", "PATH", repeatable: true, help: "Add a lexicon file or folder (.txt, or LIWC .dic) to the defaults; repeatable."),
    .value("lexicons", "DIR", help: "Use the lexicons in DIR instead of the defaults in lexicons/."),
  ]

  /// The folder of the default lexicons.
  public var defaultLexicons: String { PathName.resolved("lexicons", against: workspace) }

  /// The lexicon files and folders the options name: the defaults (or `--lexicons DIR`) plus
  /// each `--lexicon PATH`.
  public func lexiconPaths(_ arguments: ParsedArguments) -> [String] {
    [arguments.value("lexicons") ?? defaultLexicons] + arguments.allValues("lexicon")
  }

  /// The lexicons the options name. Problems in them are reported on standard error and their
  /// lines skipped; a lexicon path that does not exist, or no entry at all, is an error.
  /// - Returns: the lexicons and how many problems were reported.
  public func loadLexicons(_ arguments: ParsedArguments) throws -> (lexicons: [Lexicon], problems: Int) {
    let (lexicons, problems) = LexiconLoader(workspace: workspace).load(lexiconPaths(arguments))
    if let missing = problems.first(where: { if case .missing = $0 { true } else { false } }) { throw missing }
    for problem in problems { console.report("\(problem)") }
    guard lexicons.contains(where: { !$0.entries.isEmpty }) else {
      throw UsageError.invalid(
        "no lexicon entries in \(lexiconPaths(arguments).map { PathName.relative($0, to: workspace) }.joined(separator: ", ")); see lexicons/README.md",
        command: arguments.command)
    }
    return (lexicons, problems.count)
  }

  /// A scorer built from the lexicons the options name (see `loadLexicons`).
  public func scorer(_ arguments: ParsedArguments) throws -> (scorer: Scorer, problems: Int) {
    let (lexicons, problems) = try loadLexicons(arguments)
    return (Scorer(lexicons: lexicons), problems)
  }
}
