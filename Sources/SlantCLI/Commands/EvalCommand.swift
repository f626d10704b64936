import SlantCore
import SlantTerminal

extension CommandSpec {
  static let eval = CommandSpec(
    name: "eval", summary: "Measure the scorer against people's labels, with 95% intervals over documents.", arguments: "[PATH…]",
    options: [
      .choice("format", "FORMAT", EvaluationFormat.self, help: "Output format (default text)."),
      .choice(
        "decision", "DECISION", EvaluationDecision.self,
        help: "What to measure: the lexicons' rules, or the model's probabilities at 0.5 (default: model when learned/model.txt is used, else rules)."),
      CommandContext.annotationsOption,
    ] + CommandContext.lexiconOptions,
    discussion: """
      Reads the sidecars of the documents under PATH (people's labels, made in the shell or
      brought in with 'slant import'). An annotator who labelled anything in a document is taken
      to have read all of it. For 'biased' (any of loaded, name-calling, scare-quote or
      unsupported) and each label people use: precision, recall, F1, macro-F1 and Matthews
      correlation, each with a 95% percentile bootstrap interval over documents (the sentences
      of one article are not independent); the Brier score and a ten-bin reliability table for
      the probabilities; each category as a detector of its label; spans by overlap; each
      entry's confirmation rate shrunk toward its category's. A model learned from these same
      documents is measured on what it learned from: 'slant lexicon learn' prints figures
      cross-validated by document instead.
      """
  ) { arguments, context in
    let (scorer, lexiconProblems) = try context.scorer(arguments)
    context.useAnnotationsOption(from: arguments)
    let labels = try context.labelSet()
    let (documents, status) = context.annotatedDocuments(in: context.corpusPaths(arguments), scorer: scorer)
    guard !documents.isEmpty else {
      throw LearningError.notEnoughExamples(
        "no annotated documents under \(context.corpusPaths(arguments).joined(separator: ", ")); label sentences in 'slant shell' or bring labels in with 'slant import'")
    }
    let isLearned = try context.sentenceModel(arguments) != .defaults
    let decision = try arguments.choice("decision", default: isLearned ? EvaluationDecision.model : .rules)
    let report = EvaluationReport(
      documents: documents,
      decisions: decision == .rules ? "the lexicons' rules" : "the \(isLearned ? "learned" : "defaults'") model's probabilities at 0.5",
      decide: decision == .rules ? ScorerEvaluation.Decision.rules : { .probabilities($0.probabilities) }, labelOrder: labels.names)
    switch try arguments.choice("format", default: EvaluationFormat.text) {
    case .text: context.console.output.write(EvaluationTable(usesColor: context.console.outputUsesColor).render(report))
    case .json: context.console.output.write(try ComparisonJSON.encode(report))
    case .csv: context.console.output.write(EvaluationCSV.text(report))
    }
    return status == ExitStatus.success && lexiconProblems > 0 ? ExitStatus.partial : status
  }
}
