/// An entry's confirmation rate after shrinking it toward its category's: the Beta posterior
/// from the category's prior and the entry's own hits.
public struct ShrunkRate: Sendable, Hashable, Codable {
  public var evidence: EntryEvidence
  /// The category's prior, shared by all its entries.
  public var prior: BetaDistribution
  /// The posterior mean `(α + confirmed) / (α + β + hits)`.
  public var mean: Double
  /// The 95% equal-tailed credible interval of the posterior.
  public var lower: Double
  public var upper: Double
  /// People rejected most of a well-tested entry's hits: worth a person's review.
  public var isNoisy: Bool

  public init(evidence: EntryEvidence, prior: BetaDistribution, mean: Double, lower: Double, upper: Double, isNoisy: Bool) {
    self.evidence = evidence
    self.prior = prior
    self.mean = mean
    self.lower = lower
    self.upper = upper
    self.isNoisy = isNoisy
  }
}
