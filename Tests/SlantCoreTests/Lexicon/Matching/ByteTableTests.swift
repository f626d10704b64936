import Testing

@testable import SlantCore

@Suite struct ByteTableTests {
  /// Keys of every length the hash reads differently (0, 1–3, 4–7, 8–16, longer), each with
  /// neighbours that differ in one byte or one length: every key finds its own value, and
  /// nothing that was not inserted is found.
  @Test func findsEveryKeyAndNoNeighbourAcrossAllLengths() {
    var table = ByteTable()
    var keys: [[UInt8]] = []
    for length in 0...40 {
      for variant in 0..<3 {
        keys.append((0..<length).map { UInt8(ascii: "a") + UInt8(($0 * 7 + variant) % 26) })
      }
    }
    let unique = Array(Set(keys))
    for (value, key) in unique.enumerated() { key.withUnsafeBufferPointer { _ = table.insert($0, value: Int32(value)) } }
    #expect(table.count == unique.count)
    for (value, key) in unique.enumerated() {
      #expect(key.withUnsafeBufferPointer { table.value($0) } == Int32(value), "key of length \(key.count)")
      for position in key.indices {
        var neighbour = key
        neighbour[position] = UInt8(ascii: "A")
        #expect(neighbour.withUnsafeBufferPointer { table.value($0) } == nil, "neighbour at \(position) of length \(key.count)")
      }
      let longer = key + [UInt8(ascii: "Z")]
      #expect(longer.withUnsafeBufferPointer { table.value($0) } == nil)
    }
  }

  @Test func keepsTheFirstValueForAKeyInsertedTwice() {
    var table = ByteTable()
    let terror = Array("terror".utf8)
    #expect(terror.withUnsafeBufferPointer { table.insert($0, value: 3) } == 3)
    #expect(terror.withUnsafeBufferPointer { table.insert($0, value: 9) } == 3)
    #expect(table.count == 1)
  }

  /// A token is looked up inside the document's folded buffer: bytes after it must not count.
  @Test func looksUpASliceOfALargerBuffer() {
    var table = ByteTable()
    Array("attack".utf8).withUnsafeBufferPointer { _ = table.insert($0, value: 1) }
    let buffer = Array("attackers attack".utf8)
    buffer.withUnsafeBufferPointer { bytes in
      #expect(table.value(UnsafeBufferPointer(rebasing: bytes[0..<6])) == 1)
      #expect(table.value(UnsafeBufferPointer(rebasing: bytes[0..<9])) == nil)
      #expect(table.value(UnsafeBufferPointer(rebasing: bytes[10..<16])) == 1)
    }
  }
}
