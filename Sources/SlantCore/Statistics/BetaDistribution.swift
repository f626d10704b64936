import Foundation

/// The Beta(α, β) distribution of a rate between 0 and 1: its mean, distribution function and
/// quantiles, for the credible intervals of shrunk confirmation rates.
public struct BetaDistribution: Sendable, Hashable, Codable {
  public var alpha: Double
  public var beta: Double

  public init(alpha: Double, beta: Double) {
    precondition(alpha > 0 && beta > 0, "Beta parameters are positive")
    self.alpha = alpha
    self.beta = beta
  }

  public var mean: Double { alpha / (alpha + beta) }

  /// P(X ≤ x), the regularised incomplete beta function I_x(α, β), by Lentz's continued fraction
  /// (Numerical Recipes, 3rd ed., §6.4), which converges fast on the side of the mean it is used.
  public func cumulativeProbability(_ x: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let logFront = lgamma(alpha + beta) - lgamma(alpha) - lgamma(beta) + alpha * log(x) + beta * log1p(-x)
    if x < (alpha + 1) / (alpha + beta + 2) { return exp(logFront) * Self.continuedFraction(alpha, beta, x) / alpha }
    return 1 - exp(logFront) * Self.continuedFraction(beta, alpha, 1 - x) / beta
  }

  /// The x with P(X ≤ x) = `probability`, by bisection to within 1e-12: slow beside Newton's
  /// method but it cannot diverge, and a lexicon has only thousands of entries.
  public func quantile(_ probability: Double) -> Double {
    if probability <= 0 { return 0 }
    if probability >= 1 { return 1 }
    var low = 0.0, high = 1.0
    while high - low > 1e-12 {
      let middle = (low + high) / 2
      if cumulativeProbability(middle) < probability { low = middle } else { high = middle }
    }
    return (low + high) / 2
  }

  /// The equal-tailed interval holding `level` of the probability (0.95: 2.5% to 97.5%).
  public func credibleInterval(level: Double = 0.95) -> ClosedRange<Double> {
    quantile((1 - level) / 2)...quantile((1 + level) / 2)
  }

  private static func continuedFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
    let tiny = 1e-300
    var c = 1.0, d = 1 - (a + b) * x / (a + 1)
    d = 1 / (abs(d) < tiny ? tiny : d)
    var result = d
    for m in 1...300 {
      let m = Double(m), m2 = 2 * m
      for numerator in [m * (b - m) * x / ((a + m2 - 1) * (a + m2)), -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))] {
        d = 1 + numerator * d
        d = 1 / (abs(d) < tiny ? tiny : d)
        c = 1 + numerator / c
        if abs(c) < tiny { c = tiny }
        result *= d * c
      }
      if abs(d * c - 1) < 1e-15 { break }
    }
    return result
  }
}
