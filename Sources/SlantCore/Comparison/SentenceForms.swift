/// Sentences grouped by their content words (the same words, in any order, the same number of
/// times): each form holds its sentences in text order, and, outlet by outlet in outlet order,
/// which of them each outlet wrote.
struct SentenceForms: Sendable {
  /// Per form, its sentences (indices into the aligner's input), ascending; forms are numbered
  /// in the order of their first sentence.
  private(set) var members: [[Int]] = []
  /// Per form, `(outlet number, its sentences)` for every outlet that wrote it, by outlet.
  private(set) var outlets: [[(outlet: Int, sentences: [Int])]] = []

  init(_ sentences: [AlignmentSentence], outlets outletNumbers: [Int]) {
    var numbers: [[String]: Int] = [:]
    for (index, sentence) in sentences.enumerated() {
      let key = sentence.words.sorted()
      if let form = numbers[key] {
        members[form].append(index)
      } else {
        numbers[key] = members.count
        members.append([index])
      }
    }
    outlets = members.map { indices in
      Dictionary(grouping: indices, by: { outletNumbers[$0] }).map { (outlet: $0.key, sentences: $0.value) }.sorted { $0.outlet < $1.outlet }
    }
  }

  var count: Int { members.count }
}
