/// An open-addressing hash table from pairs of word numbers to small integers: a pair feature
/// is found from the two words' numbers, without joining their bytes.
struct PairTable: Sendable {
  /// `first + 1` in the high half and `second + 1` in the low half; 0 marks an empty slot.
  private var keys: [UInt64]
  private var values: [Int32]
  private let bits: Int

  /// A table for `capacity` pairs; it does not grow.
  init(capacity: Int) {
    var bits = 4
    while 1 << bits < capacity * 2 { bits += 1 }
    self.bits = bits
    keys = Array(repeating: 0, count: 1 << bits)
    values = Array(repeating: -1, count: 1 << bits)
  }

  mutating func insert(first: Int32, second: Int32, value: Int32) {
    let key = Self.key(first, second)
    var index = slot(key)
    while keys[index] != 0 && keys[index] != key { index = (index + 1) & (keys.count - 1) }
    keys[index] = key
    values[index] = value
  }

  /// Where the search for the pair starts, and the key found there; see `WordTable` for why
  /// a lookup comes in two steps.
  @inline(__always)
  func firstSlot(first: Int32, second: Int32) -> (index: Int, content: UInt64) {
    let index = slot(Self.key(first, second))
    return (index, keys[index])
  }

  /// The value of the pair whose first slot is `start`; nil when it is not in the table.
  @inline(__always)
  func value(first: Int32, second: Int32, start: (index: Int, content: UInt64)) -> Int32? {
    let key = Self.key(first, second)
    var (index, found) = start
    while found != 0 {
      if found == key { return values[index] }
      index = (index + 1) & (keys.count - 1)
      found = keys[index]
    }
    return nil
  }

  @inline(__always)
  private static func key(_ first: Int32, _ second: Int32) -> UInt64 { UInt64(UInt32(first) + 1) << 32 | UInt64(UInt32(second) + 1) }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> UInt64(64 - bits)) }
}
