/// Empirical-Bayes shrinkage of each lexicon entry's confirmation rate toward its category's
/// (the Beta-Binomial model): an entry with three hits, all confirmed, ends near its category's
/// rate, not at certainty, while one with hundreds keeps its own.
///
/// Each category's prior has the category's pooled rate as mean and a strength (α + β, in
/// pseudo-hits) estimated by the method of moments from how much more its entries' rates spread
/// than binomial noise alone would make them (Kleinman 1973), clamped to
/// `minimumStrength...maximumStrength`; with fewer than three tested entries it is
/// `fallbackStrength`.
public struct RateShrinker: Sendable {
  /// Ten pseudo-hits: three hits of its own move an entry less than a quarter of the way from its
  /// category's rate (3/13), thirty hits three quarters of the way (30/40).
  public var fallbackStrength: Double
  /// Entries that differ wildly still borrow two pseudo-hits, so that one hit is never 0 or 1.
  public var minimumStrength: Double
  /// Entries that differ no more than chance would make them are held to at most 100
  /// pseudo-hits, so that an entry with a few hundred hits can still leave its category's rate.
  public var maximumStrength: Double
  /// An entry is flagged noisy when its posterior mean is below `noisyBelow` with at least
  /// `noisyMinimumHits` hits.
  public var noisyBelow: Double
  public var noisyMinimumHits: Int

  public init(fallbackStrength: Double = 10, minimumStrength: Double = 2, maximumStrength: Double = 100, noisyBelow: Double = 0.5, noisyMinimumHits: Int = 5) {
    self.fallbackStrength = fallbackStrength
    self.minimumStrength = minimumStrength
    self.maximumStrength = maximumStrength
    self.noisyBelow = noisyBelow
    self.noisyMinimumHits = noisyMinimumHits
  }

  /// Every entry of `evidence` shrunk toward its own category's prior, in the same order.
  public func shrink(_ evidence: [EntryEvidence]) -> [ShrunkRate] {
    var byCategory: [String: [EntryEvidence]] = [:]
    for item in evidence { byCategory[item.category, default: []].append(item) }
    let priors = byCategory.mapValues(prior)
    return evidence.map { item in
      let prior = priors[item.category]!
      let posterior = BetaDistribution(alpha: prior.alpha + Double(item.confirmed), beta: prior.beta + Double(item.hits - item.confirmed))
      let interval = posterior.credibleInterval()
      return ShrunkRate(
        evidence: item, prior: prior, mean: posterior.mean, lower: interval.lowerBound, upper: interval.upperBound,
        isNoisy: item.hits >= noisyMinimumHits && posterior.mean < noisyBelow)
    }
  }

  /// The prior of one category from its entries' evidence. The mean is the pooled rate
  /// Σconfirmed/Σhits (with half a pseudo-hit each way when that is 0 or 1, so the prior stays
  /// proper). The intra-class correlation ρ = 1/(α + β + 1) solves
  /// `Σ(pᵢ − μ)² = μ(1 − μ)·Σ(1 + (nᵢ − 1)ρ)/nᵢ`, the expected spread of the entries' rates pᵢ.
  public func prior(_ evidence: [EntryEvidence]) -> BetaDistribution {
    let tested = evidence.filter { $0.hits > 0 }
    let confirmed = Double(tested.reduce(0) { $0 + $1.confirmed }), hits = Double(tested.reduce(0) { $0 + $1.hits })
    var mean = hits > 0 ? confirmed / hits : 0.5
    if mean <= 0 || mean >= 1 { mean = (confirmed + 0.5) / (hits + 1) }
    let variance = mean * (1 - mean)
    var strength = fallbackStrength
    let spread = tested.reduce(0.0) { sum, item in
      let rate = Double(item.confirmed) / Double(item.hits)
      return sum + (rate - mean) * (rate - mean)
    }
    let inverseHits = tested.reduce(0.0) { $0 + 1 / Double($1.hits) }
    let informative = Double(tested.count) - inverseHits
    if tested.count >= 3, informative > 0 {
      let correlation = (spread - variance * inverseHits) / (variance * informative)
      strength = correlation > 0 ? min(maximumStrength, max(minimumStrength, 1 / correlation - 1)) : maximumStrength
    }
    return BetaDistribution(alpha: mean * strength, beta: (1 - mean) * strength)
  }
}
