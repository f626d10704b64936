/// The roles a category's entries play for the scorer, decided from the category's name once
/// per category rather than once per entry: a large lexicon holds thousands of entries each.
struct CategoryRoles: Sendable {
  let family: CategoryFamily
  let isEvidence: Bool, isIntensifier: Bool, isVagueAttribution: Bool, isStance: Bool, isEvaluative: Bool
  /// Whether the category's words make a claim that asks for a source: loaded words (not a
  /// contested name, a naming choice), labels and scare-quote markers. Boosters and absolutes
  /// strengthen a claim and factive verbs name who found it; alone they ask for none. Judged by
  /// reading `unsupported` labels of eleven events, alone they were right 3 times in 15 (contested),
  /// 0 in 5 (factive), 8 in 21 (boosters) and 6 in 20 (absolutes).
  let asksForSource: Bool

  init(category: String) {
    family = CategoryFamily(category: category)
    isEvidence = category == "evidence"
    isIntensifier = category == "intensifier"
    isVagueAttribution = category == "attribution.vague"
    isStance = category == "attribution.stance"
    isEvaluative = family == .loaded || family == .labels || ["booster", "absolute", "verb.factive"].contains(category)
    asksForSource = (family == .loaded && category != "contested") || family == .labels
  }
}
