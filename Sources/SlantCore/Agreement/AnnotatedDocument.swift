/// A scored document with the annotations people made on it, placed in its current text.
public struct AnnotatedDocument: Sendable {
  public var scored: ScoredDocument
  public var annotations: [PlacedAnnotation]

  public init(scored: ScoredDocument, annotations: [PlacedAnnotation]) {
    self.scored = scored
    self.annotations = annotations
  }

  /// The annotators who worked on this document, sorted: each is taken to have read all of it,
  /// so a sentence they left without a label counts as "not this label" from them.
  public var annotators: [String] { Set(annotations.map(\.annotation.annotator)).sorted() }

  /// The labels `annotator` gave each sentence, by sentence index (spans count for their sentence).
  public func labels(by annotator: String) -> [Int: Set<String>] {
    var labels: [Int: Set<String>] = [:]
    for placed in annotations where placed.annotation.annotator == annotator {
      labels[placed.sentenceIndex, default: []].formUnion(placed.labels)
    }
    return labels
  }

  /// People's reference labels by sentence index: a sentence has a label when at least half of
  /// the document's annotators gave it. Sentences nobody labelled are missing.
  public func referenceLabels() -> [Int: Set<String>] {
    let coders = annotators
    var votes: [Int: [String: Int]] = [:]
    for coder in coders {
      for (sentence, labels) in labels(by: coder) {
        for label in labels { votes[sentence, default: [:]][label, default: 0] += 1 }
      }
    }
    return votes.mapValues { Set($0.filter { 2 * $0.value >= coders.count }.keys) }
  }
}
