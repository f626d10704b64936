/// The rows of a lexicon file read so far, found by category and words, so that the parser can
/// report a duplicate entry with the line of the first. A slot is 8 bytes, a hash tag and a row
/// number, and the rows themselves are compared only when tags agree: 50,000 rows then take
/// 1 MB of slots, probed at random, where keys in a `ByteTable` took 2 MB and a copy of every
/// key.
struct RowIndex {
  private var slots: [UInt64]
  private var count = 0

  /// An empty index with room for `capacity` rows before it grows.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    slots = Array(repeating: 0, count: size)
  }

  /// The earlier row of `rows` with the same category and words as `rows[row]`, or nil after
  /// adding `row` to the index.
  mutating func firstMatch(of row: Int, in rows: [EntryTable.Row]) -> Int? {
    if (count + 1) * 2 > slots.count { grow(rows) }
    let hash = Self.hash(rows[row])
    let mask = slots.count - 1
    var index = Self.slot(hash, mask: mask)
    while slots[index] != 0 {
      let other = Int(truncatingIfNeeded: slots[index] & 0xFFFF_FFFF) - 1
      if slots[index] >> 32 == hash >> 32 && rows[other].category == rows[row].category && rows[other].words == rows[row].words {
        return other
      }
      index = (index + 1) & mask
    }
    slots[index] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(row + 1)
    count += 1
    return nil
  }

  private mutating func grow(_ rows: [EntryTable.Row]) {
    let old = slots
    slots = Array(repeating: 0, count: old.count * 2)
    let mask = slots.count - 1
    for slot in old where slot != 0 {
      var index = Self.slot(Self.hash(rows[Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1]), mask: mask)
      while slots[index] != 0 { index = (index + 1) & mask }
      slots[index] = slot
    }
  }

  /// A hash of the category number and the words that agrees with how rows are compared:
  /// `String` equality, under which the two Unicode spellings of `café` are one word.
  private static func hash(_ row: EntryTable.Row) -> UInt64 {
    var hasher = Hasher()
    hasher.combine(row.category)
    hasher.combine(row.words)
    return UInt64(UInt(bitPattern: hasher.finalize()))
  }

  private static func slot(_ hash: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }
}
