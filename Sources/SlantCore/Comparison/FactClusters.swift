/// Sentences joined into facts by the pairs that align them (union-find), and from the facts
/// what each group tells that another never does.
struct FactClusters {
  private var parent: [Int]

  init(count: Int) { parent = Array(0..<count) }

  mutating func join(_ left: Int, _ right: Int) {
    let a = root(left), b = root(right)
    if a != b { parent[max(a, b)] = min(a, b) }
  }

  private mutating func root(_ item: Int) -> Int {
    var item = item
    while parent[item] != item {
      parent[item] = parent[parent[item]]
      item = parent[item]
    }
    return item
  }

  /// For every ordered pair of groups, the facts told in the first group's documents and in
  /// none of the second's, most documents first; none with one group.
  mutating func omissions(_ sentences: [AlignmentSentence]) -> [GroupOmission] {
    let groups = Set(sentences.map(\.group)).sorted()
    guard groups.count >= 2 else { return [] }
    var members: [Int: [Int]] = [:]
    for index in sentences.indices { members[root(index), default: []].append(index) }
    var told: [String: [OmittedFact]] = [:]
    for (_, indices) in members.sorted(by: { $0.key < $1.key }) {
      let facts = indices.map { sentences[$0] }
      let present = Set(facts.map(\.group))
      for group in present {
        let own = facts.filter { $0.group == group }
        let fact = OmittedFact(
          sentence: own[0], sentences: own.count, documents: Set(own.map(\.document)).count, outlets: Set(own.map(\.outlet)).count,
          groups: present.sorted())
        told[group, default: []].append(fact)
      }
    }
    return groups.flatMap { teller in
      groups.filter { $0 != teller }.map { silent in
        let facts = (told[teller] ?? []).filter { !$0.groups.contains(silent) }
          .sorted { ($0.documents, $0.sentences, $1.sentence.document, $1.sentence.index) > ($1.documents, $1.sentences, $0.sentence.document, $0.sentence.index) }
        return GroupOmission(toldBy: teller, missingFrom: silent, facts: facts)
      }
    }
  }
}
