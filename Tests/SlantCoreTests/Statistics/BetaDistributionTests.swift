import Foundation
import Testing
import SlantCore

@Suite struct BetaDistributionTests {
  @Test func distributionFunctionByHand() {
    // I_x(2, 3) = Σ_{j=2..4} C(4, j)·x^j·(1 − x)^(4−j); at 0.4: 6·0.16·0.36 + 4·0.064·0.6 + 0.0256 = 0.5248.
    #expect(abs(BetaDistribution(alpha: 2, beta: 3).cumulativeProbability(0.4) - 0.5248) < 1e-13)
    // Both branches of the continued fraction: 0.9 lies above (α+1)/(α+β+2) = 3/7.
    #expect(abs(BetaDistribution(alpha: 2, beta: 3).cumulativeProbability(0.9) - (1 - 0.1 * 0.1 * 0.1 * (1 + 3 * 0.9))) < 1e-13)
    #expect(BetaDistribution(alpha: 2, beta: 3).cumulativeProbability(0) == 0)
    #expect(BetaDistribution(alpha: 2, beta: 3).cumulativeProbability(1) == 1)
  }

  @Test func distributionFunctionMatchesSciPy() {
    // scipy.stats.beta.cdf(0.3, 0.5, 7.5) and beta.cdf(0.9, 200, 20) (SciPy 1.17.1).
    #expect(abs(BetaDistribution(alpha: 0.5, beta: 7.5).cumulativeProbability(0.3) - 0.977153386842316) < 1e-12)
    #expect(abs(BetaDistribution(alpha: 200, beta: 20).cumulativeProbability(0.9) - 0.3019342557170772) < 1e-11)
  }

  @Test func quantilesInvertTheDistributionFunction() {
    // Beta(α, 1) has P(X ≤ x) = x^α, so its p quantile is p^(1/α); Beta(1, 1) is uniform.
    #expect(abs(BetaDistribution(alpha: 3, beta: 1).quantile(0.2) - pow(0.2, 1.0 / 3)) < 1e-11)
    #expect(abs(BetaDistribution(alpha: 1, beta: 1).quantile(0.975) - 0.975) < 1e-11)
    // scipy.stats.beta.ppf(0.5, 30.5, 12.25).
    #expect(abs(BetaDistribution(alpha: 30.5, beta: 12.25).quantile(0.5) - 0.7168053818194934) < 1e-11)
    let interval = BetaDistribution(alpha: 1, beta: 1).credibleInterval()
    #expect(abs(interval.lowerBound - 0.025) < 1e-11 && abs(interval.upperBound - 0.975) < 1e-11)
  }
}
