/// Cohen's kappa (1960) for two coders who each gave every item one nominal value: agreement
/// beyond what their own label frequencies would give by chance.
public enum CohenKappa {
  /// Kappa over `pairs` (one pair of values per item), or nil when it is undefined: no items, or
  /// chance agreement of 1 (both coders used the same single value throughout, so 0/0).
  public static func kappa<Value: Hashable>(_ pairs: [(Value, Value)]) -> Double? {
    guard !pairs.isEmpty else { return nil }
    let n = Double(pairs.count)
    var first: [Value: Int] = [:], second: [Value: Int] = [:]
    var agreeing = 0
    for (a, b) in pairs {
      first[a, default: 0] += 1
      second[b, default: 0] += 1
      if a == b { agreeing += 1 }
    }
    let observed = Double(agreeing) / n
    let chance = first.reduce(0.0) { sum, entry in sum + Double(entry.value) * Double(second[entry.key] ?? 0) } / (n * n)
    guard chance < 1 else { return nil }
    return (observed - chance) / (1 - chance)
  }
}
