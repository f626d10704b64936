/// The first four bytes of every wildcard stem, as a 64-kilobit set small enough to stay in
/// cache. Most tokens begin like no stem and skip the stem table altogether: with a
/// 50,000-entry lexicon, probing it at every stem length missed the cache each time.
struct StemBeginnings: Sendable {
  private var bits = [UInt64](repeating: 0, count: 1 << 10)
  /// False once a stem shorter than four bytes is added: the set then passes every token.
  private var coversEveryStem = true

  mutating func insert(_ stem: UnsafeBufferPointer<UInt8>) {
    guard stem.count >= 4 else {
      coversEveryStem = false
      return
    }
    let bit = Self.bit(stem)
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// Whether some stem may begin `token`; false only when none does.
  @inline(__always)
  func mayBegin(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
    guard coversEveryStem else { return true }
    guard token.count >= 4 else { return false }
    let bit = Self.bit(token)
    return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }

  /// Sixteen bits of a hash of the first four bytes.
  @inline(__always)
  private static func bit(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let key = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(as: UInt32.self)
    return Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 16)
  }
}
