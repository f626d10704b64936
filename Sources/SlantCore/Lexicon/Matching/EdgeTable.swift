/// An open-addressing hash table from a (node, word id) key to a child node, with linear
/// probing in a power-of-two table kept at most half full.
struct EdgeTable: Sendable {
  private static let empty = UInt64.max
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private var count = 0

  init(capacity: Int = 0) {
    var size = 16
    while size < capacity * 2 { size *= 2 }
    keys = Array(repeating: Self.empty, count: size)
    values = Array(repeating: -1, count: size)
    mask = size - 1
  }

  static func key(_ node: Int32, _ id: Int32) -> UInt64 { UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id)) }

  @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

  mutating func insert(_ key: UInt64, _ value: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    var index = slot(key)
    while keys[index] != Self.empty && keys[index] != key { index = (index + 1) & mask }
    if keys[index] == Self.empty { count += 1 }
    keys[index] = key
    values[index] = value
  }

  @inline(__always) func value(_ key: UInt64) -> Int32? {
    var index = slot(key)
    while true {
      let found = keys[index]
      if found == key { return values[index] }
      if found == Self.empty { return nil }
      index = (index + 1) & mask
    }
  }

  private mutating func grow() {
    let old = self
    self = EdgeTable(capacity: keys.count)
    for index in old.keys.indices where old.keys[index] != Self.empty { insert(old.keys[index], old.values[index]) }
  }
}
