/// SplitMix64 (Steele, Lea and Flood 2014): a small random number generator whose sequence is
/// fixed by its seed, so that bootstrap intervals come out the same on every run and machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64
  private static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

  public init(seed: UInt64) { state = seed }

  /// The generator of `seed` after `draws` calls to `next()`: SplitMix64 steps its state by a
  /// constant, so any point of the sequence is reached at once and a long run can be split
  /// between threads and still give the same numbers.
  public init(seed: UInt64, skipping draws: Int) { state = seed &+ UInt64(truncatingIfNeeded: draws) &* Self.gamma }

  public mutating func next() -> UInt64 {
    state &+= Self.gamma
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in `0..<bound`, by multiply-shift (Lemire 2019), the same on every platform
  /// and standard library, unlike `Int.random(in:using:)`, whose method may change.
  public mutating func index(below bound: Int) -> Int {
    Int(UInt64(bound).multipliedFullWidth(by: next()).high)
  }
}
