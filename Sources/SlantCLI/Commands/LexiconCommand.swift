import SlantCore
import SlantTerminal

extension CommandSpec {
  static let lexiconCheck = CommandSpec(
    name: "lexicon check", summary: "Check the lexicon files and report each problem as file:line: message.",
    options: CommandContext.lexiconOptions,
    discussion: """
      Checks the default lexicons in lexicons/ (or those --lexicons names) and any --lexicon:
      syntax, unknown fields, empty entries, wildcards inside words, duplicates within a
      category. The syntax is described in lexicons/README.md. Exits 1 when there are problems.
      """
  ) { arguments, context in
    let paths = context.lexiconPaths(arguments)
    let (lexicons, problems) = LexiconLoader(workspace: context.workspace).load(paths)
    for problem in problems { context.console.output.write("\(problem)\n") }
    let entries = lexicons.reduce(0) { $0 + $1.entries.count }
    let categories = Set(lexicons.flatMap { $0.categories.map(\.name) }).count
    let summary = "\(lexicons.count) files, \(categories) categories, \(entries) entries, \(problems.count) problem\(problems.count == 1 ? "" : "s")"
    context.console.report(summary)
    return problems.isEmpty ? ExitStatus.success : ExitStatus.failure
  }

  static let lexiconList = CommandSpec(
    name: "lexicon list", summary: "List the lexicon categories with their family, entry count and description.",
    options: CommandContext.lexiconOptions
  ) { arguments, context in
    let (lexicons, _) = try context.loadLexicons(arguments)
    var rows: [(name: String, family: String, count: Int, description: String)] = []
    for lexicon in lexicons {
      let counts = lexicon.entryCounts
      for category in lexicon.categories {
        rows.append((category.name, category.family.rawValue, counts[category.name] ?? 0, "\(category.description) (\(category.path))"))
      }
    }
    let nameWidth = rows.map(\.name.count).max() ?? 0
    let familyWidth = rows.map(\.family.count).max() ?? 0
    for row in rows {
      context.console.output.write(
        ANSIStyle.bold.apply(row.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0), enabled: context.console.outputUsesColor)
          + "  " + row.family.padding(toLength: familyWidth, withPad: " ", startingAt: 0) + "  " + "\(row.count)".leftPadded(to: 5)
          + "  " + row.description + "\n")
    }
    return ExitStatus.success
  }
}
