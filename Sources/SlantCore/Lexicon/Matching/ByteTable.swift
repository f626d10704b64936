/// An open-addressing hash table from byte strings to small integers, looked up with the bytes
/// of a token in place, so that matching needs no `String` per token.
///
/// Probing reads only `tags` (each slot's hash, 8 bytes), which keeps the part of the table
/// touched per token small enough to stay in cache; the bytes are compared only on a tag match.
struct ByteTable: Sendable {
  private struct Entry {
    var start: Int32
    var length: Int32
    var value: Int32
  }

  /// A tag never produced by `tag(of:)`: an empty slot.
  private static let emptyTag: UInt64 = 0

  private var pool: [UInt8] = []
  private var tags: [UInt64]
  private var entries: [Entry]
  private var bits: Int
  private(set) var count = 0

  /// An empty table with room for `capacity` byte strings before it grows.
  init(capacity: Int = 0) {
    bits = 4
    while 1 << bits < capacity * 2 { bits += 1 }
    tags = Array(repeating: Self.emptyTag, count: 1 << bits)
    entries = Array(repeating: Entry(start: 0, length: 0, value: -1), count: 1 << bits)
    pool.reserveCapacity(capacity * 8)
  }

  /// The value stored for `bytes`, if any.
  @inline(__always)
  func value(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    let tag = Self.tag(of: bytes)
    let mask = tags.count - 1
    var index = Self.index(tag, bits: bits)
    while true {
      let found = tags[index]
      if found == Self.emptyTag { return nil }
      if found == tag, equals(entries[index], bytes) { return entries[index].value }
      index = (index + 1) & mask
    }
  }

  /// Stores `value` for `bytes` unless they are already present; returns the value stored.
  @discardableResult
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, value: Int32) -> Int32 {
    if let existing = self.value(bytes) { return existing }
    if (count + 1) * 2 > tags.count { grow() }
    let start = Int32(pool.count)
    pool.append(contentsOf: bytes)
    place(Self.tag(of: bytes), Entry(start: start, length: Int32(bytes.count), value: value))
    count += 1
    return value
  }

  /// A 64-bit hash of `bytes`, never `emptyTag`. Reads up to eight bytes at a time (two
  /// overlapping loads for a word of 4 to 16 bytes) instead of walking them one by one.
  @inline(__always)
  static func tag(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let count = bytes.count
    guard let base = bytes.baseAddress, count > 0 else { return mix(0x9E37_79B9_7F4A_7C15, 0) | 1 }
    let raw = UnsafeRawPointer(base)
    var first: UInt64, last: UInt64
    if count >= 8 {
      first = raw.loadUnaligned(as: UInt64.self)
      var offset = 8
      while offset < count - 8 {
        first = mix(first ^ 0x243F_6A88_85A3_08D3, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
      }
      last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    } else if count >= 4 {
      first = UInt64(raw.loadUnaligned(as: UInt32.self))
      last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
    } else {
      first = UInt64(base[0]) << 16 | UInt64(base[count >> 1]) << 8 | UInt64(base[count - 1])
      last = 0
    }
    return mix(first ^ 0x9E37_79B9_7F4A_7C15, last ^ UInt64(count) &* 0xA076_1D64_78BD_642F) | 1
  }

  /// Multiplies to 128 bits and folds the halves: one multiplication mixes every input bit.
  @inline(__always)
  private static func mix(_ left: UInt64, _ right: UInt64) -> UInt64 {
    let product = left.multipliedFullWidth(by: right)
    return product.high ^ product.low
  }

  private func equals(_ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(entry.length) == bytes.count else { return false }
    let start = Int(entry.start)
    for offset in 0..<bytes.count where pool[start + offset] != bytes[offset] { return false }
    return true
  }

  private mutating func place(_ tag: UInt64, _ entry: Entry) {
    let mask = tags.count - 1
    var index = Self.index(tag, bits: bits)
    while tags[index] != Self.emptyTag { index = (index + 1) & mask }
    tags[index] = tag
    entries[index] = entry
  }

  private mutating func grow() {
    let oldTags = tags, oldEntries = entries
    bits += 1
    tags = Array(repeating: Self.emptyTag, count: 1 << bits)
    entries = Array(repeating: Entry(start: 0, length: 0, value: -1), count: 1 << bits)
    for (tag, entry) in zip(oldTags, oldEntries) where tag != Self.emptyTag { place(tag, entry) }
  }

  @inline(__always)
  private static func index(_ tag: UInt64, bits: Int) -> Int { Int(truncatingIfNeeded: (tag &* 0x9E37_79B9_7F4A_7C15) &>> UInt64(64 - bits)) }
}
