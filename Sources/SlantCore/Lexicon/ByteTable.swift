/// An open-addressing hash table from byte strings to small integers, probed with a hash the
/// caller computes while walking a token's bytes, so that matching needs no `String` per token.
struct ByteTable: Sendable {
  /// 16 bytes, four to a cache line: a large lexicon's tables outgrow the caches. The low half
  /// of the key's hash tells most keys apart before their bytes are compared.
  private struct Slot {
    var hash: UInt32
    var start: Int32
    var length: Int32
    var value: Int32
  }

  /// The FNV-1a offset basis: the hash of no bytes.
  static let emptyHash: UInt64 = 0xCBF2_9CE4_8422_2325

  private var pool: [UInt8] = []
  private var slots: [Slot]
  private var bits: Int
  private(set) var count = 0

  /// An empty table with room for `capacity` byte strings before it grows.
  init(capacity: Int = 0) {
    bits = 4
    while 1 << bits < capacity * 2 { bits += 1 }
    slots = Array(repeating: Slot(hash: 0, start: 0, length: 0, value: -1), count: 1 << bits)
    pool.reserveCapacity(capacity * 8)
  }

  /// The hash after one more byte (FNV-1a, 64 bits).
  @inline(__always)
  static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }

  static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 { bytes.reduce(emptyHash, hash(_:adding:)) }

  /// The value stored for `bytes`, whose hash is `hash`.
  @inline(__always)
  func value(hash: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    let mask = slots.count - 1
    var index = Self.index(hash, bits: bits)
    while true {
      let slot = slots[index]
      if slot.value < 0 { return nil }
      if slot.hash == UInt32(truncatingIfNeeded: hash) && Int(slot.length) == bytes.count && equals(slot, bytes) { return slot.value }
      index = (index + 1) & mask
    }
  }

  /// Stores `value` for `bytes` unless they are already present; returns the value stored.
  @discardableResult
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, value: Int32) -> Int32 {
    let hash = Self.hash(bytes)
    if let existing = self.value(hash: hash, bytes: bytes) { return existing }
    if (count + 1) * 2 > slots.count { grow() }
    let start = Int32(pool.count)
    pool.append(contentsOf: bytes)
    place(Slot(hash: UInt32(truncatingIfNeeded: hash), start: start, length: Int32(bytes.count), value: value), hash: hash)
    count += 1
    return value
  }

  private func equals(_ slot: Slot, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(slot.start)
    for offset in 0..<bytes.count where pool[start + offset] != bytes[offset] { return false }
    return true
  }

  private mutating func place(_ slot: Slot, hash: UInt64) {
    let mask = slots.count - 1
    var index = Self.index(hash, bits: bits)
    while slots[index].value >= 0 { index = (index + 1) & mask }
    slots[index] = slot
  }

  private mutating func grow() {
    let old = slots
    bits += 1
    slots = Array(repeating: Slot(hash: 0, start: 0, length: 0, value: -1), count: 1 << bits)
    for slot in old where slot.value >= 0 { place(slot, hash: Self.hash(pool[Int(slot.start)..<Int(slot.start + slot.length)])) }
  }

  @inline(__always)
  private static func index(_ hash: UInt64, bits: Int) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits)) }
}
