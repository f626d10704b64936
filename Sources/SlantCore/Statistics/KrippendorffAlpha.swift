/// Krippendorff's alpha for nominal data, any number of coders, missing values allowed, computed
/// through the coincidence matrix as in Krippendorff's "Computing Krippendorff's
/// Alpha-Reliability" (2011): alpha = 1 - observed disagreement / expected disagreement.
public enum KrippendorffAlpha {
  /// Alpha over `units`, each the values its coders gave (missing ones left out), or nil when it
  /// is undefined: fewer than two pairable values, or a single value used throughout (no
  /// expected disagreement). Units with fewer than two values are not pairable and are ignored.
  public static func nominal<Value: Hashable>(_ units: [[Value]]) -> Double? {
    guard let matrix = Coincidences(units), matrix.total > 1 else { return nil }
    let n = matrix.total
    let expected = (n * n - matrix.marginals.values.reduce(0) { $0 + $1 * $1 }) / (n * (n - 1))
    guard expected > 0 else { return nil }
    return 1 - matrix.disagreement / expected
  }

  /// The share of pairable values that agree (1 minus observed disagreement), or nil when no
  /// unit has two values.
  public static func observedAgreement<Value: Hashable>(_ units: [[Value]]) -> Double? {
    guard let matrix = Coincidences(units), matrix.total > 0 else { return nil }
    return 1 - matrix.disagreement
  }

  /// How many units have at least two values.
  public static func pairableUnits<Value>(_ units: [[Value]]) -> Int { units.count(where: { $0.count >= 2 }) }
}

/// The coincidence matrix of nominal values, kept as what alpha needs: the total number of
/// pairable values, each value's marginal, and the observed disagreement (off-diagonal share).
private struct Coincidences<Value: Hashable> {
  var total = 0.0
  var marginals: [Value: Double] = [:]
  var disagreement = 0.0

  init?(_ units: [[Value]]) {
    var offDiagonal = 0.0
    for values in units where values.count >= 2 {
      let m = Double(values.count)
      var counts: [Value: Int] = [:]
      for value in values { counts[value, default: 0] += 1 }
      for (value, count) in counts {
        marginals[value, default: 0] += Double(count)
        offDiagonal += Double(count) * (m - Double(count)) / (m - 1)
      }
      total += m
    }
    guard total > 0 else { return nil }
    disagreement = offDiagonal / total
  }
}
