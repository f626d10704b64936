import SlantCore
import SlantTerminal

extension CommandSpec {
  static let agree = CommandSpec(
    name: "agree", summary: "Measure agreement between annotators and the scorer's accuracy against them.", arguments: "[PATH…]",
    options: [
      CommandContext.strictEncodingOption,
      .choice("format", "FORMAT", AgreementFormat.self, help: "Output format (default text)."),
      CommandContext.annotationsOption,
      CommandContext.jobsOption,
    ] + CommandContext.lexiconOptions,
    discussion: """
      Reads the sidecars of the documents under PATH. An annotator who annotated anything in a
      document is taken to have read all of it: each of its sentences they left without a label
      counts as "not this label" from them. Per label at sentence level: observed agreement,
      Cohen's kappa (exactly two annotators) and Krippendorff's alpha (nominal, any number,
      missing values allowed), with the number of sentences coded by two or more. Then the
      scorer against people (a sentence has a label when at least half its annotators gave it):
      precision, recall and F1 per label, for sentences and for spans by overlap. Then each
      lexicon entry's precision, the entries that misfire most (with a weakened line to paste
      over theirs) and the phrases people labelled that no entry covers (lines to paste).
      """
  ) { arguments, context in
    try context.useJobsOption(from: arguments)
    let (scorer, lexiconProblems) = try context.scorer(arguments)
    context.useAnnotationsOption(from: arguments)
    let labels = try context.labelSet()
    let (documents, status) = context.annotatedDocuments(in: context.corpusPaths(arguments), scorer: scorer)
    let report = AgreementReport(documents: documents, labelOrder: labels.names)
    if try arguments.choice("format", default: AgreementFormat.text) == .json {
      context.console.output.write(try ComparisonJSON.encode(report))
    } else {
      context.console.writeText(AgreementTable(usesColor: context.console.outputUsesColor).render(report))
    }
    return status == ExitStatus.success && lexiconProblems > 0 ? ExitStatus.partial : status
  }
}
