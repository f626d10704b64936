/// Another metadata field to group by, with how its groups would fare: offered when some group
/// of the comparison is too thin, as with one article per outlet.
public struct GroupingAdvice: Sendable, Hashable, Codable {
  public var field: String
  public var groups: Int
  public var thinGroups: Int

  /// Fields of `tallies` (other than `current`, titles, urls and dates) that make two or more
  /// groups with fewer thin ones than `profiles` has; none when no profile is thin.
  static func suggestions(for tallies: [DocumentTally], besides current: ComparisonGrouping, profiles: [OutletProfile]) -> [GroupingAdvice] {
    let thinNow = profiles.count { $0.thinReason != nil }
    guard thinNow > 0 else { return [] }
    let fields = Set(tallies.flatMap { ["outlet"] + $0.metadata.extra.keys }).subtracting([current.description]).sorted()
    return fields.compactMap { field -> GroupingAdvice? in
      var documents: [String: Int] = [:], sentences: [String: Int] = [:]
      for tally in tallies {
        let key = ComparisonGrouping.field(field).key(of: tally)
        documents[key, default: 0] += 1
        sentences[key, default: 0] += tally.totals.sentences
      }
      let thin = documents.keys.count { OutletProfile.thinReason(documents: documents[$0]!, sentences: sentences[$0]!) != nil }
      guard documents.count >= 2, thin < thinNow else { return nil }
      return GroupingAdvice(field: field, groups: documents.count, thinGroups: thin)
    }.sorted { ($0.thinGroups, $0.field) < ($1.thinGroups, $1.field) }
  }
}
