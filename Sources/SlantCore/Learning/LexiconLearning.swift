import Foundation

/// What `slant lexicon learn` learns from people's annotations, and how much it helped: a
/// sentence model, each entry's confirmation rate shrunk toward its category's, candidate
/// entries ranked by log-odds, and the scorer against people before and after, cross-validated
/// by whole documents so that no figure is measured on what the model learned from.
public struct LexiconLearning: Sendable {
  /// One point of the learning curve: macro-F1 of `biased` when learning from at most `sentences`.
  public struct CurvePoint: Sendable, Codable {
    public var sentences: Int
    public var macroF1: MetricEstimate
  }

  public var model: SentenceModel
  /// The labels learned, `biased` first.
  public var labels: [String]
  public var sentences: Int
  public var documents: Int
  public var entries: [LearnedEntry]
  public var candidates: [PhraseCandidate]
  /// Examples for each candidate, as `CandidateUnit.context` writes them.
  public var candidateExamples: [[String]]
  /// The scorer's own rules against people, and the learned model out of fold.
  public var before: ScorerEvaluation
  public var after: ScorerEvaluation
  public var curve: [CurvePoint]

  /// Learns from `documents`, scored by the lexicons alone. `curveSizes` are the training sizes
  /// of the learning curve (empty: no curve).
  public init(
    documents: [AnnotatedDocument], learner: SentenceModelLearner = SentenceModelLearner(), folds: Int = 5, seed: UInt64 = 20_080_101,
    curveSizes: [Int] = [], bootstrap: Bootstrap = Bootstrap(), date: Date = Date()
  ) throws(LearningError) {
    let judged = JudgedSentence.all(in: documents)
    let labels = learner.learnableLabels(in: judged)
    guard !labels.isEmpty else {
      throw .notEnoughExamples(
        "not enough labelled sentences to learn from: \(judged.count) sentences in annotated documents; a label needs at least \(learner.minimumExamples) sentences with it and \(learner.minimumExamples) without"
      )
    }
    let evaluated = labels.filter { $0 != ScorerLabels.biased }
    let (learned, outOfFold) = learner.fitAndCrossValidate(judged, labels: labels, folds: folds, seed: seed)
    before = ScorerEvaluation(sentences: judged, decisions: judged.map(ScorerEvaluation.Decision.rules), labels: evaluated, bootstrap: bootstrap)
    after = ScorerEvaluation(sentences: judged, decisions: outOfFold.map(ScorerEvaluation.Decision.probabilities), labels: evaluated, bootstrap: bootstrap)
    curve = curveSizes.map { size in
      let probabilities = learner.crossValidatedProbabilities(judged, labels: [ScorerLabels.biased], folds: folds, seed: seed, trainingLimit: size)
      let evaluation = ScorerEvaluation(
        sentences: judged, decisions: probabilities.map(ScorerEvaluation.Decision.probabilities), labels: [], bootstrap: bootstrap)
      return CurvePoint(sentences: min(size, judged.count), macroF1: evaluation.labels[0].figures.macroF1)
    }
    let documentCount = Set(judged.map(\.document)).count
    let format = { (estimate: MetricEstimate) in estimate.value.map { String(format: "%.3f", $0) } ?? "n/a" }
    let provenance = [
      "learned by 'slant lexicon learn' on \(ISO8601DateFormatter().string(from: date)) from \(judged.count) sentences in \(documentCount) documents",
      "annotators: " + Set(documents.flatMap(\.annotators)).sorted().joined(separator: ", "),
      "biased macro-F1, \(folds)-fold cross-validation by document: the lexicons' rules \(format(before.labels[0].figures.macroF1)), this model \(format(after.labels[0].figures.macroF1))",
    ]
    model = learned
    model.provenance = provenance
    self.labels = labels
    sentences = judged.count
    self.documents = documentCount
    entries = LearnedEntry.all(in: documents)
    (candidates, candidateExamples) = Self.candidates(in: documents)
  }

  /// Words and phrases over-represented in what people marked (loaded spans and biased
  /// sentences) against the rest of the sentences, that no entry already covers, each with up to
  /// two examples read from the whole sentences people marked.
  static func candidates(in documents: [AnnotatedDocument]) -> ([PhraseCandidate], [[String]]) {
    var units: [CandidateUnit] = [], marked: [CandidateUnit] = []
    var known: Set<String> = []
    for document in documents where !document.annotations.isEmpty {
      let text = document.scored.document.text
      let reference = document.referenceLabels()
      for sentence in document.scored.sentences {
        for hit in sentence.hits where hit.family == .loaded || hit.family == .labels { known.insert(hit.entry.words.joined(separator: " ")) }
        let isBiased = ScorerLabels.isBiased(reference[sentence.sentence.index] ?? [])
        let spans = document.annotations.filter { $0.unit == .span && $0.sentenceIndex == sentence.sentence.index && ScorerLabels.isBiased(Set($0.labels)) }
        let whole = CandidateUnit(text: text, utf8Range: sentence.sentence.utf8Range, isPositive: isBiased || !spans.isEmpty)
        if whole.isPositive { marked.append(whole) }
        if spans.isEmpty {
          units.append(whole)
        } else {
          for span in spans { units.append(CandidateUnit(text: text, utf8Range: span.utf8Range, isPositive: true)) }
        }
      }
    }
    let candidates = CandidateExtractor().candidates(in: units, excluding: known)
    let examples = candidates.map { candidate in
      let words = candidate.term.term.split(separator: " ").map(String.init)
      var found: [String] = []
      for unit in marked where found.count < 2 {
        guard let start = unit.tokens.indices.first(where: { unit.tokens[$0...].starts(with: words) }) else { continue }
        found.append(unit.context(of: start..<start + words.count))
      }
      return found
    }
    return (candidates, examples)
  }
}

/// One lexicon entry's record against people: its hits in annotated text, how many people
/// confirmed, and that rate shrunk toward its category's (Beta-Binomial), so that an entry that
/// fired three times is not judged on three hits alone.
public struct LearnedEntry: Sendable, Codable {
  public var location: String
  public var term: String
  public var category: String
  public var rate: ShrunkRate

  /// The entries that fired in `documents` with a label people use, most hits first.
  static func all(in documents: [AnnotatedDocument]) -> [LearnedEntry] {
    let used = Set(documents.flatMap { $0.annotations.flatMap(\.labels) })
    let reliability = AgreementReport.entries(in: documents.filter { !$0.annotations.isEmpty }, labels: used)
    let evidence = reliability.map { EntryEvidence(entry: $0.location, category: $0.category, confirmed: $0.confirmed, hits: $0.fired) }
    return zip(reliability, RateShrinker().shrink(evidence)).map { entry, rate in
      LearnedEntry(location: entry.location, term: entry.term, category: entry.category, rate: rate)
    }
  }
}
