/// Edit distance between short names, used to suggest the closest valid name ("did you mean").
public enum EditDistance {
  /// The Levenshtein distance between `a` and `b`, counted in Unicode scalars.
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The candidate closest to `name`, if it is close enough to be what was meant: within a
  /// third of the name's length, or a prefix of it.
  public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = between(name.lowercased(), candidate.lowercased())
      if distance < best?.distance ?? .max { best = (candidate, distance) }
    }
    guard let best else { return nil }
    let limit = max(2, name.unicodeScalars.count / 3)
    if best.distance <= limit { return best.candidate }
    return candidates.first { $0.hasPrefix(name) && !name.isEmpty }
  }
}
