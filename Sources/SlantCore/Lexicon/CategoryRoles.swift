/// The roles a category's entries play for the scorer, decided from the category's name once
/// per category rather than once per entry: a large lexicon holds thousands of entries each.
struct CategoryRoles: Sendable {
  let family: CategoryFamily
  let isEvidence: Bool, isIntensifier: Bool, isVagueAttribution: Bool, isStance: Bool, isEvaluative: Bool

  init(category: String) {
    family = CategoryFamily(category: category)
    isEvidence = category == "evidence"
    isIntensifier = category == "intensifier"
    isVagueAttribution = category == "attribution.vague"
    isStance = category == "attribution.stance"
    isEvaluative = family == .loaded || family == .labels || ["booster", "absolute", "verb.factive"].contains(category)
  }
}
