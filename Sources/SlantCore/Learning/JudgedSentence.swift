/// One sentence people judged, as learning and evaluation see it: its features, people's labels
/// and the scorer's, and the document it belongs to (the unit of folds and intervals).
public struct JudgedSentence: Sendable {
  /// Index of the sentence's document in the list it was read from.
  public var document: Int
  public var features: [String: Double]
  /// The labels people gave it (a label at least half the document's annotators gave).
  public var people: Set<String>
  /// The labels the scorer gives it (`ScorerLabels`).
  public var scorer: Set<String>
  /// The scorer model's probabilities, in the model's label order.
  public var probabilities: [LabelProbability]

  /// Every sentence of the documents people annotated: an annotator who labelled anything in a
  /// document is taken to have read all of it, so an unlabelled sentence counts as judged too.
  public static func all(in documents: [AnnotatedDocument]) -> [JudgedSentence] {
    var judged: [JudgedSentence] = []
    for (index, document) in documents.enumerated() where !document.annotations.isEmpty {
      let reference = document.referenceLabels()
      let source = document.scored.document
      let tokens = Tokenizer().tokens(in: source.text, range: source.bodyUTF8Range)
      for sentence in document.scored.sentences {
        judged.append(
          JudgedSentence(
            document: index, features: SentenceFeatures.named(sentence, tokens: tokens),
            people: reference[sentence.sentence.index] ?? [], scorer: ScorerLabels.labels(for: sentence),
            probabilities: sentence.probabilities))
      }
    }
    return judged
  }

  /// The scorer model's probability for `label`; for `biased` without a model of its own, as
  /// `ScorerEvaluation.Decision.probabilities` reads it.
  public func probability(of label: String) -> Double? {
    ScorerEvaluation.Decision.probabilities(probabilities).probabilities[label]
  }
}
