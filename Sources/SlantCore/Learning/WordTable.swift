/// The words a compiled sentence model knows, by their folded bytes, built once: one 8-byte slot
/// per place (part of the word's hash and its number), and per word a record holding its first
/// eight bytes, so that most words are confirmed without reading a byte pool.
///
/// Lookups come in two steps, `firstSlot` then `number`, so that the scorer can read the slots
/// of a whole sentence's words before it needs any of them: the reads then overlap instead of
/// waiting for memory one after another (the table outgrows the processor's nearest caches).
struct WordTable: Sendable {
  struct Word: Sendable {
    /// The first eight bytes, zero-padded.
    let prefix: UInt64
    let start: Int32
    let length: Int32
  }

  /// The high 40 bits of the word's tag, then its number plus one in the low 24; 0 is empty.
  private let slots: [UInt64]
  private let words: [Word]
  private let pool: [UInt8]
  private let bits: Int

  /// The table of `words`, numbered in order; they must be distinct.
  init(_ words: [[UInt8]]) {
    precondition(words.count < 1 << 24, "at most 16 million words")
    var bits = 4
    while 1 << bits < words.count * 2 { bits += 1 }
    var slots = [UInt64](repeating: 0, count: 1 << bits)
    var records: [Word] = [], pool: [UInt8] = []
    for (number, word) in words.enumerated() {
      let tag = word.withUnsafeBufferPointer { ByteTable.tag(of: $0) }
      var index = Self.index(tag, bits: bits)
      while slots[index] != 0 { index = (index + 1) & (slots.count - 1) }
      slots[index] = (tag >> 24) << 24 | UInt64(number + 1)
      records.append(Word(prefix: word.withUnsafeBufferPointer(Self.prefix), start: Int32(pool.count), length: Int32(word.count)))
      pool += word
    }
    self.slots = slots
    self.words = records
    self.pool = pool
    self.bits = bits
  }

  var isEmpty: Bool { words.isEmpty }

  /// Where the search for a word with `tag` starts, and what that slot holds.
  @inline(__always)
  func firstSlot(_ tag: UInt64) -> (index: Int, content: UInt64) {
    let index = Self.index(tag, bits: bits)
    return (index, slots[index])
  }

  /// The number of the word with `bytes` and `tag`, whose first slot is `first`; nil when unknown.
  @inline(__always)
  func number(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt64, first: (index: Int, content: UInt64)) -> Int32? {
    var (index, content) = first
    let mask = slots.count - 1
    while content != 0 {
      if content >> 24 == tag >> 24 {
        let number = Int(content & 0xFF_FFFF) - 1
        if matches(words[number], bytes) { return Int32(number) }
      }
      index = (index + 1) & mask
      content = slots[index]
    }
    return nil
  }

  @inline(__always)
  private func matches(_ word: Word, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(word.length) == bytes.count, word.prefix == Self.prefix(bytes) else { return false }
    guard bytes.count > 8 else { return true }
    let start = Int(word.start)
    for offset in 8..<bytes.count where pool[start + offset] != bytes[offset] { return false }
    return true
  }

  /// The first eight bytes of `bytes`, zero-padded, as one number.
  @inline(__always)
  private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = bytes.baseAddress else { return 0 }
    if bytes.count >= 8 { return UnsafeRawPointer(base).loadUnaligned(as: UInt64.self) }
    var value: UInt64 = 0
    for offset in 0..<bytes.count { value |= UInt64(base[offset]) << (8 * offset) }
    return value
  }

  @inline(__always)
  private static func index(_ tag: UInt64, bits: Int) -> Int { Int(truncatingIfNeeded: (tag &* 0x9E37_79B9_7F4A_7C15) &>> UInt64(64 - bits)) }
}
