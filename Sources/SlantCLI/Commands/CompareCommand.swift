import SlantCore
import SlantTerminal

extension CommandSpec {
  static let compare = CommandSpec(
    name: "compare", summary: "Compare groups' framing (outlets, or any metadata field): loaded language, sourcing, differences and what drives them.",
    arguments: "[PATH…]",
    options: [
      CommandContext.strictEncodingOption,
      .value("by", "FIELD", help: "Group documents by a metadata field: outlet (default), country, leaning… or document."),
      CommandContext.manifestOption,
      .choice("format", "FORMAT", ComparisonFormat.self, help: "Output format (default text)."),
      .flag("with-headlines", help: "Count each headline with its body too (headlines are always also counted apart)."),
      .flag("align", help: "Also pair sentences that report the same fact across outlets and show what each outlet and group leaves out (text, json)."),
      CommandContext.annotationsOption,
      CommandContext.jobsOption,
    ] + CommandContext.lexiconOptions,
    discussion: """
      Per group: documents, sentences and tokens; loaded-language hits per 1,000 tokens and the
      share of sentences with each support label, each with a 95% bootstrap interval over
      documents (seeded, so the same on every run; Wilson over sentences only for a group of one
      document); loaded terms in the outlet's voice and in quotations; each frame's share of frame
      hits; the most frequent loaded terms; the words and categories that most distinguish it from
      the other outlets (log-odds ratio with an informative Dirichlet prior, with z-scores); and,
      where people annotated, their labels beside the scorer's on the same sentences. Each
      document's title (from front matter, the manifest, JSON Lines, CSV or HTML) is scored as a
      headline and counted apart: how many, their loaded hits and labels; --with-headlines also
      counts it with the body.
      Differences: with two groups the first against the second, with more each against the
      rest, every figure with its interval (stratified by group) and whether it includes zero;
      the entries and categories that drive the loaded-language difference, each with the
      difference recomputed without it, flagged 'fragile: carried by X' when one alone carries it.
      Groups come from manifest.csv columns (the nearest one in the folder or its parents, up to
      the workspace, or --manifest FILE), JSON Lines fields, front matter and 'slant meta --set'.
      CSV is one figure per row (group,measure,key,category,count,total,value,lower,upper,log_odds,z),
      differences and drivers after the groups; JSON is described by Documentation/compare.schema.json.
      """
  ) { arguments, context in
    try context.useJobsOption(from: arguments)
    let format = try arguments.choice("format", default: ComparisonFormat.text)
    let isAligning = arguments.has("align")
    let includesHeadlines = arguments.has("with-headlines")
    if isAligning && format == .csv { throw UsageError.invalid("--align has text and json views, not csv", command: "compare") }
    let grouping = try CommandContext.grouping(arguments, command: "compare")
    context.useManifestOption(from: arguments)
    let (scorer, lexiconProblems) = try context.scorer(arguments)
    context.useAnnotationsOption(from: arguments)
    let store = context.annotationStore()
    var tallies: [DocumentTally] = [], sentences: [AlignmentSentence] = [], unreadable = 0
    let status = context.mapDocumentsInParallel(in: context.corpusPaths(arguments), { document in
      ComparedDocument(document, scorer: scorer, store: store, keepingSentences: isAligning, includingHeadline: includesHeadlines, grouping: grouping)
    }, sentences: \.tally.totals.sentences) { compared in
      if let problem = compared.sidecarProblem {
        context.console.report(problem)
        unreadable += 1
      }
      tallies.append(compared.tally)
      sentences += compared.sentences
    }
    let comparison = FramingComparison(tallies: tallies, grouping: grouping)
    let alignment = isAligning ? SentenceAligner().align(sentences) : nil
    let output = context.console.output
    switch format {
    case .csv: output.write(ComparisonCSV.render(comparison))
    case .json: try ComparisonJSON.write(comparison, alignment: alignment) { output.write(bytes: $0) }
    default:
      let width = context.console.width
      context.console.writeText(ComparisonTable(usesColor: context.console.outputUsesColor, width: width).render(comparison))
      if let alignment { context.console.writeText("\n" + AlignmentView(usesColor: context.console.outputUsesColor, width: width, jobs: context.pathJobs).render(alignment)) }
    }
    return status == ExitStatus.success && (lexiconProblems > 0 || unreadable > 0) ? ExitStatus.partial : status
  }
}
