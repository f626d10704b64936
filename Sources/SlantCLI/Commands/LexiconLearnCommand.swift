import Foundation
import SlantCore
import SlantTerminal

extension CommandSpec {
  static let lexiconLearn = CommandSpec(
    name: "lexicon learn", summary: "Learn a sentence model, entry rates and candidate entries from people's labels.", arguments: "[PATH…]",
    options: [
      .value("folds", "N", help: "Cross-validation folds, documents kept whole (default 5)."),
      .value("penalty", "L2", help: "The L2 penalty on the model's weights (default 4); larger shrinks harder."),
      .flag("curve", help: "Also print the learning curve: biased macro-F1 learning from 100, 300, 1,000 and all sentences."),
      CommandContext.annotationsOption,
    ] + CommandContext.lexiconOptions,
    discussion: """
      Reads people's labels on the documents under PATH and writes, into learned/ in the
      workspace, three plain files to review: model.txt (a logistic model per label people use
      and for 'biased', over the scorer's evidence, the entries and categories that fired, and
      the sentences' words and word pairs; L2-regularised, fitted by Newton's method), entries.txt
      (each entry's confirmation rate shrunk toward its category's; noisy entries flagged) and
      candidates.txt (words and phrases people marked more than chance, as a lexicon file).
      From then on score, compare, report, eval and the shell give each sentence the learned
      model's probabilities; --no-learned on any command, or deleting learned/, switches it off.
      Prints the scorer against people before (the lexicons' rules) and after (the model on
      documents it did not learn from, by cross-validation), so you see whether it helped.
      """
  ) { arguments, context in
    var base = arguments
    base.flags.insert("no-learned")
    let (scorer, lexiconProblems) = try context.scorer(base)
    context.useAnnotationsOption(from: arguments)
    let folds = try arguments.value("folds").map { value -> Int in
      guard let folds = Int(value), folds >= 2 else { throw UsageError.invalid("--folds takes a whole number of at least 2, not '\(value)'", command: "lexicon learn") }
      return folds
    } ?? 5
    let penalty = try arguments.value("penalty").map { value -> Double in
      guard let penalty = Double(value), penalty > 0, penalty.isFinite else {
        throw UsageError.invalid("--penalty takes a positive number, not '\(value)'", command: "lexicon learn")
      }
      return penalty
    } ?? SentenceModelLearner().penalty
    let (documents, status) = context.annotatedDocuments(in: context.corpusPaths(arguments), scorer: scorer)
    let started = Date()
    let learning = try LexiconLearning(documents: documents, learner: SentenceModelLearner(penalty: penalty), folds: folds, curveSizes: arguments.has("curve") ? [100, 300, 1_000, Int.max] : [])
    let seconds = Date().timeIntervalSince(started)
    let files = [
      (LearnedFiles.model, SentenceModelFile.text(of: learning.model)), (LearnedFiles.entries, LearnedFiles.entriesText(learning.entries)),
      (LearnedFiles.candidates, LearnedFiles.candidatesText(learning.candidates, examples: learning.candidateExamples)),
    ]
    try FileManager.default.createDirectory(atPath: PathName.resolved(LearnedFiles.folder, against: context.workspace), withIntermediateDirectories: true)
    for (path, text) in files { try DurableFile.write(Array(text.utf8), to: PathName.resolved(path, against: context.workspace)) }
    let table = EvaluationTable(usesColor: context.console.outputUsesColor)
    var text = "Learned from \(learning.sentences) sentences in \(learning.documents) documents in \(String(format: "%.1f", seconds)) s; labels: \(learning.labels.joined(separator: ", "))\n"
    text += "Intervals: \(learning.after.method)\n\n"
    text += "Before: the lexicons' rules\n" + table.labels(learning.before)
    text += "\nAfter: the learned model, each sentence predicted by a model learned without its document (\(folds)-fold cross-validation)\n" + table.labels(learning.after)
    if !learning.curve.isEmpty {
      text += "\nLearning curve (biased macro-F1, cross-validated):\n"
      for point in learning.curve { text += "  \("\(point.sentences)".leftPadded(to: 6)) sentences  " + EvaluationTable.estimate(point.macroF1) + "\n" }
    }
    let noisy = learning.entries.filter(\.rate.isNoisy).count
    text += "\nWrote \(LearnedFiles.model) (used from now on; --no-learned or deleting \(LearnedFiles.folder)/ switches it off), "
    text += "\(LearnedFiles.entries) (\(learning.entries.count) entries, \(noisy) noisy) and \(LearnedFiles.candidates) (\(learning.candidates.count) candidates to review).\n"
    context.console.output.write(text)
    return status == ExitStatus.success && lexiconProblems > 0 ? ExitStatus.partial : status
  }
}
