/// The names and titles of an aligned corpus: words always written with a capital where they
/// occur (a name, as `Okoro` or `Varna`) and the titles people are named by (`minister`,
/// `spokesman`). Two sentences sharing only these report about the same people, not the same fact.
struct NameWords: Sendable {
  /// Titles and ranks, folded: words that come with names and say nothing of what happened.
  static let titles: Set<String> = [
    "president", "prime", "minister", "ministers", "ministry", "secretary", "spokesman", "spokeswoman", "spokesperson", "chief",
    "general", "foreign", "ambassador", "envoy", "official", "officials", "governor", "mayor", "senator", "king", "queen",
    "commander", "leader", "chairman", "chairwoman", "director", "dr", "sir", "lord", "lady", "premier", "chancellor", "deputy",
    "vice", "head", "adviser", "advisor", "councillor", "mp", "judge", "justice", "colonel", "captain", "lieutenant",
  ]

  private var names: Set<String> = []

  init(_ sentences: [AlignmentSentence]) {
    var capitalized: Set<String> = [], lowercase: Set<String> = []
    for sentence in sentences {
      let upper = Set(sentence.capitalized)
      capitalized.formUnion(upper)
      for word in sentence.words where !upper.contains(word) { lowercase.insert(word) }
    }
    names = capitalized.subtracting(lowercase)
  }

  /// Whether `left` and `right` share a content word that is neither a name nor a title.
  func shareMoreThanNames(_ left: AlignmentSentence, _ right: AlignmentSentence) -> Bool {
    let own = Set(left.words)
    return right.words.contains { own.contains($0) && !names.contains($0) && !Self.titles.contains($0) }
  }
}
