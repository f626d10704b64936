/// Seeded mutations of sample inputs, for fuzzing the parsers without a fuzzing engine: the
/// same seed gives the same inputs on every machine, so a failure can be replayed. Each input
/// is a sample with one to four changes stacked: a bit flipped, a byte replaced, a token of the
/// format inserted, a run deleted or repeated, a cut, or a splice with another sample.
public struct FuzzMutator: Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// The next random number (SplitMix64).
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A number in `0..<bound` (`bound` > 0).
  public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

  /// Bytes that break parsers of every text format: line ends, quotes, escapes, brackets,
  /// NUL, invalid and overlong UTF-8, a BOM, a huge number, a long run.
  public static let commonTokens: [[UInt8]] = [
    [0x0A], [0x0D, 0x0A], [0x0D], [0x22], [0x5C], [0x00], [0xFF], [0xC3], [0xE2, 0x80], [0xC0, 0x80], [0xEF, 0xBB, 0xBF],
    Array("\u{2019}".utf8), Array("\u{00A0}".utf8), Array("9e999".utf8), Array("-1".utf8), Array("18446744073709551616".utf8),
    [UInt8](repeating: UInt8(ascii: "a"), count: 300), [0x09], Array(" ".utf8),
  ]

  /// One mutated input from `samples`, using `tokens` of the format as well as `commonTokens`.
  public mutating func input(from samples: [[UInt8]], tokens: [[UInt8]]) -> [UInt8] {
    var bytes = samples[below(samples.count)]
    for _ in 0...below(4) { mutate(&bytes, samples: samples, tokens: tokens) }
    return bytes
  }

  private mutating func mutate(_ bytes: inout [UInt8], samples: [[UInt8]], tokens: [[UInt8]]) {
    let position = below(bytes.count + 1)
    switch below(8) {
    case 0 where !bytes.isEmpty:
      bytes[min(position, bytes.count - 1)] ^= UInt8(1 << below(8))
    case 1 where !bytes.isEmpty:
      bytes[min(position, bytes.count - 1)] = UInt8(truncatingIfNeeded: next())
    case 2, 3:
      let pool = below(3) == 0 ? Self.commonTokens : tokens
      bytes.insert(contentsOf: pool[below(pool.count)], at: position)
    case 4 where position < bytes.count:
      bytes.removeSubrange(position..<min(bytes.count, position + 1 + below(16)))
    case 5 where position < bytes.count:
      let run = bytes[position..<min(bytes.count, position + 1 + below(64))]
      bytes.insert(contentsOf: run, at: below(bytes.count + 1))
    case 6:
      bytes.removeSubrange(position...)
    default:
      let other = samples[below(samples.count)]
      let cut = below(other.count + 1)
      bytes = Array(bytes[..<position]) + other[cut...]
    }
  }
}
