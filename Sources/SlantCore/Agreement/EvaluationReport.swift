/// Everything `slant eval` reports of the scorer against people: sentence decisions per label
/// (`ScorerEvaluation`), each lexicon category as a detector of the label it stands for, spans
/// by overlap, and each entry's confirmation rate shrunk toward its category's.
public struct EvaluationReport: Sendable, Codable {
  /// One category's sentences against people's label for them.
  public struct CategoryFigures: Sendable, Codable {
    public var category: String
    /// The label the category's hits stand for (`ScorerLabels.entryLabel`).
    public var label: String
    public var figures: ClassificationEstimate
  }

  /// Which decisions were measured, in words.
  public var decisions: String
  public var sentences: ScorerEvaluation
  public var categories: [CategoryFigures]
  public var spans: [LabelAccuracy]
  public var entries: [LearnedEntry]

  public init(
    documents: [AnnotatedDocument], decisions: String, decide: (JudgedSentence) -> ScorerEvaluation.Decision, labelOrder: [String] = [],
    bootstrap: Bootstrap = Bootstrap()
  ) {
    let annotated = documents.filter { !$0.annotations.isEmpty }
    let judged = JudgedSentence.all(in: annotated)
    let used = Set(judged.flatMap(\.people))
    let labels = labelOrder.filter(used.contains) + used.subtracting(labelOrder).sorted()
    self.decisions = decisions
    sentences = ScorerEvaluation(sentences: judged, decisions: judged.map(decide), labels: labels, bootstrap: bootstrap)
    categories = Self.categories(in: annotated, labels: used, bootstrap: bootstrap)
    let spanLabels = Set(annotated.flatMap { $0.annotations.filter { $0.unit == .span }.flatMap(\.labels) })
    spans = labels.filter(spanLabels.contains).map { AgreementReport.spanAccuracy(of: $0, in: annotated) }
    entries = LearnedEntry.all(in: annotated)
  }

  /// Each category that fired with a label people use: a sentence is predicted when one of its
  /// hits in the outlet's voice stands for the label, and actual when people gave the label.
  static func categories(in documents: [AnnotatedDocument], labels: Set<String>, bootstrap: Bootstrap) -> [CategoryFigures] {
    var keys: [String: String] = [:]
    for document in documents {
      for hit in document.scored.sentences.flatMap(\.hits) {
        if let label = ScorerLabels.entryLabel(for: hit), labels.contains(label) { keys[hit.category] = label }
      }
    }
    return keys.sorted { $0.key < $1.key }.map { category, label in
      let counts = documents.map { document in
        let people = document.referenceLabels()
        var counts = ConfusionCounts()
        for sentence in document.scored.sentences {
          let predicted = sentence.hits.contains { $0.category == category && ScorerLabels.entryLabel(for: $0) == label }
          counts.add(predicted: predicted, actual: people[sentence.sentence.index]?.contains(label) ?? false)
        }
        return counts
      }
      return CategoryFigures(category: category, label: label, figures: bootstrap.classification(counts))
    }
  }
}
