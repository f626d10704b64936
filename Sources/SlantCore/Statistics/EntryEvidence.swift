/// How people received one lexicon entry's hits: of `hits` (every sentence or span it tagged in
/// labelled documents), `confirmed` were labelled as the entry's category says.
public struct EntryEvidence: Sendable, Hashable, Codable {
  public var entry: String
  public var category: String
  public var confirmed: Int
  public var hits: Int

  public init(entry: String, category: String, confirmed: Int, hits: Int) {
    precondition(0 <= confirmed && confirmed <= hits, "confirmed hits are some of the hits")
    self.entry = entry
    self.category = category
    self.confirmed = confirmed
    self.hits = hits
  }
}
