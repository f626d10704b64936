import SlantCore
import SlantTerminal

extension CommandSpec {
  static let compare = CommandSpec(
    name: "compare", summary: "Compare outlets' framing: loaded language, sourcing, frames and distinctive words, with intervals.",
    arguments: "[PATH…]",
    options: [
      CommandContext.strictEncodingOption,
      .choice("by", "GROUP", ComparisonGrouping.self, help: "Compare outlets (default) or single documents."),
      .choice("format", "FORMAT", ComparisonFormat.self, help: "Output format (default text)."),
      .flag("with-headlines", help: "Count each headline with its body too (headlines are always also counted apart)."),
      .flag("align", help: "Also pair sentences that report the same fact across outlets and show what each leaves out (text, json)."),
      CommandContext.annotationsOption,
      CommandContext.jobsOption,
    ] + CommandContext.lexiconOptions,
    discussion: """
      Per outlet: documents, sentences and tokens; loaded-language hits per 1,000 tokens with a
      95% bootstrap interval over documents (seeded, so the same on every run); the share of
      sentences labelled unsupported, hedged, attributed and vague-source with Wilson 95%
      intervals; loaded terms in the outlet's voice and in quotations; each frame's share of frame
      hits; the most frequent loaded terms; the words and categories that most distinguish it from
      the other outlets (log-odds ratio with an informative Dirichlet prior, with z-scores); and,
      where people annotated, their labels beside the scorer's on the same sentences. Each
      document's title (from front matter, the manifest, JSON Lines, CSV or HTML) is scored as a
      headline and counted apart: how many, their loaded hits and labels; --with-headlines also
      counts it with the body.
      CSV is one figure per row (group,measure,key,category,count,total,value,lower,upper,log_odds,z).
      """
  ) { arguments, context in
    try context.useJobsOption(from: arguments)
    let format = try arguments.choice("format", default: ComparisonFormat.text)
    let isAligning = arguments.has("align")
    let includesHeadlines = arguments.has("with-headlines")
    if isAligning && format == .csv { throw UsageError.invalid("--align has text and json views, not csv", command: "compare") }
    let grouping = try arguments.choice("by", default: ComparisonGrouping.outlet)
    let (scorer, lexiconProblems) = try context.scorer(arguments)
    context.useAnnotationsOption(from: arguments)
    let store = context.annotationStore()
    var tallies: [DocumentTally] = [], sentences: [AlignmentSentence] = [], unreadable = 0
    let status = context.mapDocumentsInParallel(in: context.corpusPaths(arguments), { document in
      ComparedDocument(document, scorer: scorer, store: store, keepingSentences: isAligning, includingHeadline: includesHeadlines)
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
    case .json: output.write(try ComparisonJSON.render(comparison, alignment: alignment))
    default:
      context.console.writeText(ComparisonTable(usesColor: context.console.outputUsesColor).render(comparison))
      if let alignment { context.console.writeText("\n" + AlignmentView(usesColor: context.console.outputUsesColor).render(alignment)) }
    }
    return status == ExitStatus.success && (lexiconProblems > 0 || unreadable > 0) ? ExitStatus.partial : status
  }
}
