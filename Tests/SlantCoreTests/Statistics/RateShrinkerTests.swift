import Testing
import SlantCore

@Suite struct RateShrinkerTests {
  /// Four entries of one category, ten hits each, confirmed 8, 2, 5 and 9 times.
  let spread = [8, 2, 5, 9].enumerated().map { EntryEvidence(entry: "e\($0.offset)", category: "loaded", confirmed: $0.element, hits: 10) }

  @Test func methodOfMomentsPriorByHand() {
    // μ = 24/40 = 0.6; Σ(pᵢ − μ)² = 0.04 + 0.16 + 0.01 + 0.09 = 0.30; μ(1 − μ) = 0.24; Σ1/nᵢ = 0.4;
    // Σ(1 − 1/nᵢ) = 3.6. ρ = (0.30 − 0.24·0.4)/(0.24·3.6) = 0.204/0.864 = 17/72,
    // strength 1/ρ − 1 = 55/17, α = 0.6·55/17 = 33/17, β = 22/17.
    let prior = RateShrinker().prior(spread)
    #expect(abs(prior.alpha - 33.0 / 17) < 1e-12)
    #expect(abs(prior.beta - 22.0 / 17) < 1e-12)
  }

  @Test func posteriorMeanIntervalAndNoisyFlag() throws {
    let rates = RateShrinker().shrink(spread)
    #expect(rates.map(\.evidence) == spread, "same order as given")
    let rejected = rates[1]
    // Beta(33/17 + 2, 22/17 + 8): mean (67/17)/(225/17) = 67/225 = 0.297778.
    #expect(abs(rejected.mean - 67.0 / 225) < 1e-12)
    // scipy.stats.beta.ppf([0.025, 0.975], 33/17 + 2, 22/17 + 8) (SciPy 1.17.1).
    #expect(abs(rejected.lower - 0.09436699084725166) < 1e-9)
    #expect(abs(rejected.upper - 0.5587159916606179) < 1e-9)
    #expect(rejected.isNoisy, "ten hits, posterior mean below one half")
    #expect(rates.filter(\.isNoisy).map(\.evidence.entry) == ["e1"])
  }

  @Test func fewEntriesUseTheFallbackStrength() {
    // Two entries: too few to estimate the spread, so 10 pseudo-hits at μ = 12/20 = 0.6:
    // Beta(6, 4); the entry with 9 of 10 ends at (6 + 9)/(10 + 10) = 0.75.
    let evidence = [EntryEvidence(entry: "a", category: "labels", confirmed: 9, hits: 10), EntryEvidence(entry: "b", category: "labels", confirmed: 3, hits: 10)]
    let rates = RateShrinker().shrink(evidence)
    #expect(rates[0].prior == BetaDistribution(alpha: 6, beta: 4))
    #expect(abs(rates[0].mean - 0.75) < 1e-12)
    // scipy.stats.beta.ppf([0.025, 0.975], 15, 5).
    #expect(abs(rates[0].lower - 0.5443469181084943) < 1e-9 && abs(rates[0].upper - 0.9085342150923335) < 1e-9)
  }

  @Test func fewHitsStayNearTheCategory() {
    // Three hits all confirmed in a category confirmed 60% of the time: 10 pseudo-hits pull it
    // to (6 + 3)/(10 + 3) = 9/13, and it is not noisy however low, with too few hits.
    var evidence = [EntryEvidence(entry: "new", category: "c", confirmed: 3, hits: 3), EntryEvidence(entry: "old", category: "c", confirmed: 9, hits: 17)]
    #expect(abs(RateShrinker().shrink(evidence)[0].mean - 9.0 / 13) < 1e-12)
    evidence[0] = EntryEvidence(entry: "new", category: "c", confirmed: 0, hits: 3)
    #expect(RateShrinker().shrink(evidence)[0].isNoisy == false)
  }

  @Test func entriesThatAgreeWithinChanceGetTheMaximumStrength() {
    // Rates 0.5, 0.5, 0.5: less spread than binomial noise, so the prior is as strong as allowed.
    let evidence = [(5, 10), (5, 10), (6, 12)].map { EntryEvidence(entry: "x", category: "c", confirmed: $0.0, hits: $0.1) }
    #expect(RateShrinker().prior(evidence) == BetaDistribution(alpha: 50, beta: 50))
  }

  @Test func categoriesAreShrunkSeparately() {
    let other = [EntryEvidence(entry: "y", category: "hedges", confirmed: 1, hits: 2)]
    let rates = RateShrinker().shrink(spread + other)
    #expect(rates[0].prior == RateShrinker().prior(spread))
    #expect(rates[4].prior == BetaDistribution(alpha: 5, beta: 5), "one entry: fallback 10 at its own rate 1/2")
  }

  @Test func aCategoryNeverConfirmedStillHasAProperPrior() {
    // μ = 0 is nudged to (0 + 0.5)/(20 + 1); the entries agree exactly, so strength 100.
    let evidence = [(0, 4), (0, 6), (0, 10)].map { EntryEvidence(entry: "z\($0.1)", category: "c", confirmed: $0.0, hits: $0.1) }
    let rates = RateShrinker().shrink(evidence)
    #expect(abs(rates[2].prior.alpha - 100 * 0.5 / 21) < 1e-12)
    #expect(rates[2].isNoisy && rates[2].lower >= 0 && rates[2].mean < 0.05)
  }
}
