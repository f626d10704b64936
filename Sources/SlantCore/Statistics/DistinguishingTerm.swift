/// A word or category that sets one group apart from the rest, by the log-odds ratio with an
/// informative Dirichlet prior ("Fightin' Words", Monroe, Colaresi and Quinn 2008).
public struct DistinguishingTerm: Sendable, Hashable, Codable {
  public var term: String
  /// How often the group uses it, and how often the rest do.
  public var count: Int
  public var restCount: Int
  /// The log-odds ratio of the group against the rest (natural log); positive: more the group's.
  public var logOdds: Double
  /// `logOdds` over its estimated standard deviation: about ±2 is the edge of chance.
  public var z: Double

  public init(term: String, count: Int, restCount: Int, logOdds: Double, z: Double) {
    self.term = term
    self.count = count
    self.restCount = restCount
    self.logOdds = logOdds
    self.z = z
  }
}
