import SlantCore
import SlantTerminal

extension CommandSpec {
  static let lexiconCheck = CommandSpec(
    name: "lexicon check", summary: "Check the lexicon files and report each problem as file:line: message.",
    options: CommandContext.lexiconOptions,
    discussion: """
      Checks the default lexicons in lexicons/ (or those --lexicons names) and any --lexicon:
      syntax, unknown fields, empty entries, wildcards inside words, duplicates within a
      category; and the context lists (context/*.list): unknown or repeated sections, sections
      without words, duplicate words, a word read by two rules. The syntax is described in
      lexicons/README.md. Exits 1 when there are problems.
      """
  ) { arguments, context in
    let (lexicons, lexiconProblems) = context.readLexicons(arguments)
    let senses = context.readContextLexicon(arguments)
    let problems = lexiconProblems + senses.problems
    for problem in problems { context.console.output.write("\(problem)\n") }
    let entries = lexicons.reduce(0) { $0 + $1.entries.count }
    let categories = Set(lexicons.flatMap { $0.categories.map(\.name) }).count
    let summary =
      "\(context.lexiconNames(arguments).joined(separator: ", ")): \(lexicons.count) files, \(categories) categories, \(entries) entries, "
      + "\(senses.lexicon.sectionCount) context lists of \(senses.lexicon.wordCount) words, \(problems.count) problem\(problems.count == 1 ? "" : "s")"
    context.console.report(summary)
    return problems.isEmpty ? ExitStatus.success : ExitStatus.failure
  }

  static let lexiconList = CommandSpec(
    name: "lexicon list", summary: "List the lexicon categories with their family, entry count and description, then the context lists.",
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
      context.console.writeText(
        ANSIStyle.bold.apply(row.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0), enabled: context.console.outputUsesColor)
          + "  " + row.family.padding(toLength: familyWidth, withPad: " ", startingAt: 0) + "  " + "\(row.count)".leftPadded(to: 5)
          + "  " + row.description + "\n")
    }
    let sections = context.loadContextLexicon(arguments).lexicon.sections
    let headerWidth = sections.map(\.header.count).max() ?? 0
    for section in sections {
      context.console.writeText(
        ANSIStyle.bold.apply(section.header.padding(toLength: headerWidth, withPad: " ", startingAt: 0), enabled: context.console.outputUsesColor)
          + "  " + "context".padding(toLength: familyWidth, withPad: " ", startingAt: 0) + "  " + "\(section.words)".leftPadded(to: 5)
          + "  " + section.location + "\n")
    }
    context.console.report("\(context.lexiconNames(arguments).joined(separator: ", ")): \(rows.count) categories, \(sections.count) context lists")
    return ExitStatus.success
  }
}

extension CommandSpec {
  static let lexiconExport = CommandSpec(
    name: "lexicon export", summary: "Write the lexicons built into slant to DIR, to edit them or start your own.",
    arguments: "DIR", minimumArguments: 1, maximumArguments: 1,
    discussion: """
      Writes every default lexicon file (and lexicons/README.md, which describes the format) into
      DIR, keeping the folders below it. Name the folder lexicons and run slant beside it, and
      slant uses it instead of the built-in set; or pass --lexicons DIR. Nothing is overwritten:
      when DIR already holds one of the files, nothing is written and the command exits 1.
      """
  ) { arguments, context in
    let folder = PathName.resolved(arguments.positionals[0], against: context.workspace)
    let written: [String]
    do {
      written = try BundledDefaults.write(BundledDefaults.lexiconFolder, to: folder)
    } catch let failure as DurableFile.Failure {
      throw LexiconError.unwritable(path: PathName.relative(failure.path, to: context.workspace), reason: failure.reason)
    }
    context.console.report("wrote \(written.count) files to \(PathName.relative(folder, to: context.workspace))/")
    return ExitStatus.success
  }
}
