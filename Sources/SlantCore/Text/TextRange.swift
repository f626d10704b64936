/// Converts the UTF-8 byte offsets Slant uses internally into the Unicode scalar (code point)
/// offsets it reports outside, and back.
///
/// Python, pandas and the W3C Web Annotation model count code points, so every offset that
/// leaves the program is a scalar offset. This is the one place where the two units meet.
public struct ScalarOffsets: Sendable {
  /// Bytes per checkpoint: a lookup scans at most this many bytes.
  private static let stride = 16

  private let text: String
  private let isASCII: Bool
  /// Scalar count before each `stride`-byte block of the text (documents are under 4 GiB).
  private let checkpoints: [UInt32]

  public init(_ text: String) {
    self.text = text
    var checkpoints: [UInt32] = []
    var isASCII = true
    text.utf8.withContiguousBytes { bytes in
      checkpoints.reserveCapacity(bytes.count / Self.stride + 2)
      let raw = UnsafeRawBufferPointer(bytes)
      var scalars: UInt32 = 0
      var highBits: UInt64 = 0
      var blockStart = 0
      // Whole blocks as two words each: this runs over every scored document, and a byte at a
      // time it cost 11 M instructions of `slant score` on 300 articles (callgrind).
      while blockStart + Self.stride <= bytes.count {
        checkpoints.append(scalars)
        let first = raw.loadUnaligned(fromByteOffset: blockStart, as: UInt64.self)
        let second = raw.loadUnaligned(fromByteOffset: blockStart + 8, as: UInt64.self)
        highBits |= first | second
        scalars &+= UInt32(Self.stride - Self.continuationCount(first) - Self.continuationCount(second))
        blockStart += Self.stride
      }
      if blockStart < bytes.count {
        checkpoints.append(scalars)
        for byte in bytes[blockStart...] {
          highBits |= UInt64(byte)
          if !UTF8.isContinuation(byte) { scalars &+= 1 }
        }
      }
      checkpoints.append(scalars)
      isASCII = highBits & 0x8080_8080_8080_8080 == 0
    }
    self.isASCII = isASCII
    self.checkpoints = checkpoints
  }

  /// How many of the eight bytes of `word` are UTF-8 continuation bytes (`10xxxxxx`): the high
  /// bit set and the one below it clear.
  private static func continuationCount(_ word: UInt64) -> Int {
    (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
  }

  /// The number of scalars before the UTF-8 offset `utf8Offset`.
  public func scalarOffset(utf8 utf8Offset: Int) -> Int {
    if isASCII { return utf8Offset }
    let block = utf8Offset / Self.stride
    var scalars = Int(checkpoints[min(block, checkpoints.count - 1)])
    text.utf8.withContiguousBytes { bytes in
      var offset = block * Self.stride
      while offset < utf8Offset && offset < bytes.count {
        if !UTF8.isContinuation(bytes[offset]) { scalars += 1 }
        offset += 1
      }
    }
    return scalars
  }

  /// The scalar range covering the UTF-8 range `range`.
  public func scalarRange(utf8 range: Range<Int>) -> Range<Int> {
    scalarOffset(utf8: range.lowerBound)..<scalarOffset(utf8: range.upperBound)
  }

  /// The UTF-8 offset of the scalar at `scalarOffset`, or nil when the text is shorter.
  public func utf8Offset(scalar scalarOffset: Int) -> Int? {
    guard scalarOffset >= 0, scalarOffset <= Int(checkpoints.last!) else { return nil }
    if isASCII { return scalarOffset }
    var low = 0, high = checkpoints.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if Int(checkpoints[middle]) <= scalarOffset { low = middle } else { high = middle - 1 }
    }
    return text.utf8.withContiguousBytes { bytes in
      var offset = low * Self.stride, scalars = Int(checkpoints[low])
      while offset < bytes.count {
        if !UTF8.isContinuation(bytes[offset]) {
          if scalars == scalarOffset { return offset }
          scalars += 1
        }
        offset += 1
      }
      return bytes.count
    }
  }

  /// The UTF-8 range of the scalar range `range`, or nil when it runs past the text.
  public func utf8Range(scalar range: Range<Int>) -> Range<Int>? {
    guard let lower = utf8Offset(scalar: range.lowerBound),
      let upper = utf8Offset(scalar: range.upperBound)
    else { return nil }
    return lower..<upper
  }
}

extension String {
  /// The scalar range of the UTF-16 range `range` (offsets as JavaScript counts them), or nil
  /// when it runs past the text or splits a surrogate pair.
  public func scalarRange(utf16 range: Range<Int>) -> Range<Int>? {
    var utf16Offset = 0, scalarOffset = 0
    var lower: Int?
    for scalar in unicodeScalars {
      if utf16Offset == range.lowerBound { lower = scalarOffset }
      if utf16Offset == range.upperBound, let lower { return lower..<scalarOffset }
      if utf16Offset > range.upperBound { return nil }
      utf16Offset += scalar.utf16.count
      scalarOffset += 1
    }
    if utf16Offset == range.lowerBound { lower = scalarOffset }
    guard utf16Offset == range.upperBound, let lower else { return nil }
    return lower..<scalarOffset
  }
}

extension String {
  /// The text in the UTF-8 byte range `range`; the range must fall on scalar boundaries.
  public func slice(utf8 range: Range<Int>) -> Substring {
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return self[start..<end]
  }

  /// Whether `utf8Offset` falls between two scalars (or at either end of the text).
  public func isScalarBoundary(utf8 utf8Offset: Int) -> Bool {
    guard utf8Offset > 0 else { return utf8Offset == 0 }
    return utf8.withContiguousBytes { bytes in
      utf8Offset == bytes.count || (utf8Offset < bytes.count && !UTF8.isContinuation(bytes[utf8Offset]))
    }
  }
}

extension String.UTF8View {
  /// Calls `body` with the view's bytes as contiguous memory, copying only for bridged strings.
  @inlinable
  public func withContiguousBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    if let result = try withContiguousStorageIfAvailable(body) { return result }
    return try Array(self).withUnsafeBufferPointer(body)
  }
}
