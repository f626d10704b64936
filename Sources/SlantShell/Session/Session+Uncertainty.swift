import SlantCore

extension Session {
  /// Every sentence this annotator has not answered, the ones the scorer's model is least sure
  /// of first (probability of `biased` nearest one half; ties in reading order): the order in
  /// which each answer teaches `slant lexicon learn` the most (uncertainty sampling).
  func unsureOrder() -> [(document: Int, sentence: Int)] {
    var queue: [(position: (document: Int, sentence: Int), distance: Double)] = []
    for index in documents.indices {
      let annotated = documents[index].annotationsBySentence()
      for sentence in scores.scored(index).sentences {
        let position = sentence.sentence.index
        guard !(annotated[position] ?? []).contains(where: { $0.annotator == annotator }),
          let probability = ScorerEvaluation.Decision.probabilities(sentence.probabilities).probabilities[ScorerLabels.biased]
        else { continue }
        queue.append(((index, position), abs(probability - 0.5)))
      }
    }
    // Stable: equal distances keep reading order.
    return queue.enumerated().sorted { ($0.element.distance, $0.offset) < ($1.element.distance, $1.offset) }.map(\.element.position)
  }
}
