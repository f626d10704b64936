/// The Wilson score interval for a binomial proportion (Wilson 1927), which, unlike the normal
/// approximation, stays inside 0...1 and keeps its coverage for small counts and shares near 0 or 1.
public enum WilsonInterval {
  /// The normal quantile for a two-sided 95% interval.
  public static let z95 = 1.959_963_984_540_054

  /// `successes` of `trials` with its interval; with no trials the share is 0 and the bounds 0...1.
  public static func estimate(_ successes: Int, of trials: Int, z: Double = z95) -> ProportionEstimate {
    guard trials > 0 else { return ProportionEstimate(count: successes, total: 0, share: 0, lower: 0, upper: 1, method: .wilson) }
    let n = Double(trials), share = Double(successes) / n
    let zz = z * z
    let denominator = 1 + zz / n
    let center = (share + zz / (2 * n)) / denominator
    let half = z / denominator * (share * (1 - share) / n + zz / (4 * n * n)).squareRoot()
    // At 0 and at n the bound is exactly 0 or 1; rounding would leave it a hair inside.
    let lower = successes == 0 ? 0 : max(0, center - half), upper = successes == trials ? 1 : min(1, center + half)
    return ProportionEstimate(count: successes, total: trials, share: share, lower: lower, upper: upper, method: .wilson)
  }
}
