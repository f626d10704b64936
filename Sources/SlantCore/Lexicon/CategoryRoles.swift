/// The roles a category's entries play for the scorer, decided from the category's name once
/// per category rather than once per entry: a large lexicon holds thousands of entries each.
struct CategoryRoles: Sendable {
  let family: CategoryFamily
  let isEvidence: Bool, isIntensifier: Bool, isVagueAttribution: Bool, isStance: Bool, isEvaluative: Bool
  /// Whether the category's words make a claim that asks for a source: evaluative, but not a
  /// contested name (a naming choice, counted as loaded but not an assertion) and not a factive
  /// verb (its subject is the one who revealed or found). Judged by reading 120 `unsupported`
  /// labels of three events, contested names alone were right 3 times in 15, factive verbs 0 in 5.
  let asksForSource: Bool

  init(category: String) {
    family = CategoryFamily(category: category)
    isEvidence = category == "evidence"
    isIntensifier = category == "intensifier"
    isVagueAttribution = category == "attribution.vague"
    isStance = category == "attribution.stance"
    isEvaluative = family == .loaded || family == .labels || ["booster", "absolute", "verb.factive"].contains(category)
    asksForSource = isEvaluative && category != "contested" && category != "verb.factive"
  }
}
