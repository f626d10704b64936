#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A JSON text built as UTF-8 bytes in one growing buffer, for the streaming outputs where
/// `String` building, `Array` appends and `JSONEncoder` cost more than the work being reported.
public struct JSONBytes: ~Copyable {
  private var storage: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int

  public init(capacity: Int = 256) {
    self.capacity = Swift.max(capacity, 16)
    storage = .allocate(capacity: self.capacity)
  }

  deinit { storage.deallocate() }

  /// The JSON text written so far.
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

  /// Calls `body` with the JSON text written so far, without copying it.
  public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    try body(UnsafeBufferPointer(start: storage, count: count))
  }

  /// Empties the buffer, keeping its storage for the next text.
  public mutating func removeAll() { count = 0 }

  /// Appends `literal` as it is: punctuation and keys written by the caller. Inlined, so that a
  /// literal's length is known where it is copied: half a million calls, 2% of `slant score`'s
  /// instructions on 300 articles (callgrind), went through one general copy.
  @inline(__always)
  public mutating func raw(_ literal: StaticString) { append(literal.utf8Start, literal.utf8CodeUnitCount) }

  /// Appends the text of another buffer, which is already JSON.
  public mutating func raw(_ json: borrowing JSONBytes) { append(json.storage, json.count) }

  /// Appends bytes that are already JSON.
  public mutating func raw(_ json: UnsafeBufferPointer<UInt8>) {
    if let base = json.baseAddress { append(base, json.count) }
  }

  /// Appends bytes that are already JSON.
  public mutating func raw(_ json: [UInt8]) {
    json.withUnsafeBufferPointer { if let base = $0.baseAddress { append(base, $0.count) } }
  }

  /// Appends bytes that are already JSON.
  public mutating func raw(_ json: ArraySlice<UInt8>) {
    json.withUnsafeBufferPointer { if let base = $0.baseAddress { append(base, $0.count) } }
  }

  /// How many bytes have been written.
  public var byteCount: Int { count }

  /// Appends `text` as a quoted JSON string.
  public mutating func string(_ text: Substring) {
    let start = text.base.utf8.distance(from: text.base.startIndex, to: text.startIndex)
    let end = start + text.utf8.count
    text.base.utf8.withContiguousBytes { string(utf8: UnsafeBufferPointer(rebasing: $0[start..<end])) }
  }

  public mutating func string(_ text: String) { text.utf8.withContiguousBytes { string(utf8: $0) } }

  /// Appends the UTF-8 text `utf8` as a quoted JSON string: for slices of a document taken by
  /// byte range, without building a `Substring` for each.
  public mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
    append(UInt8(ascii: "\""))
    appendEscaped(utf8)
    append(UInt8(ascii: "\""))
  }

  /// Appends `text` quoted, or `null`.
  public mutating func stringOrNull(_ text: String?) {
    if let text { string(text) } else { raw("null") }
  }

  /// Appends the decimal digits of `number`.
  public mutating func number(_ number: Int) {
    if number < 0 { append(UInt8(ascii: "-")) }
    var value = number.magnitude
    var digits = 1
    var scan = value
    while scan >= 100 {
      digits &+= 2
      scan /= 100
    }
    if scan >= 10 { digits &+= 1 }
    reserve(digits)
    // Two digits per division, from the right.
    var position = count &+ digits
    while value >= 100 {
      let (quotient, pair) = value.quotientAndRemainder(dividingBy: 100)
      position &-= 2
      writePair(pair, at: position)
      value = quotient
    }
    if value >= 10 {
      writePair(value, at: position &- 2)
    } else {
      storage[position &- 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value)
    }
    count &+= digits
  }

  /// Writes the two decimal digits of `pair` (below 100) at `position`.
  @inline(__always) private func writePair(_ pair: UInt, at position: Int) {
    let tens = (pair &* 103) &>> 10  // pair / 10 for every pair below 100
    storage[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: tens)
    storage[position &+ 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: pair &- tens &* 10)
  }

  /// Appends `number`, without a fraction when it is whole.
  public mutating func number(_ number: Double) {
    if number == number.rounded(), abs(number) < 1e15 {
      self.number(Int(number))
    } else {
      var text = "\(number)"
      text.withUTF8 { append($0.baseAddress!, $0.count) }
    }
  }

  /// Appends `number` rounded to three decimals, exactly as `number((number * 1000).rounded() / 1000)`
  /// writes it (`0.5`, `0.071`, `1`), from the integer thousandths: a probability or two per
  /// sentence went through `Double.description`, 1.6% of `slant score`'s CPU (perf).
  public mutating func number(thousandths number: Double) {
    let thousandths = (number * 1000).rounded()
    // Outside (0, 1) or whole, the general path (nothing scored there today).
    guard thousandths > 0, thousandths < 1000 else { return self.number(thousandths / 1000) }
    // The shortest form of the double nearest k/1000 is k/1000's own digits, trailing zeros dropped.
    var fraction = Int(thousandths), places = 3
    while fraction % 10 == 0 {
      fraction /= 10
      places -= 1
    }
    raw("0.")
    if places == 3 && fraction < 100 { append(UInt8(ascii: "0")) }
    if places >= 2 && fraction < 10 { append(UInt8(ascii: "0")) }
    self.number(fraction)
  }

  /// Appends `true` or `false`.
  public mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

  /// Copies runs that need no escape in one go; escapes quotes, backslashes, control
  /// characters and the line separators U+2028 and U+2029, which end a line for some readers
  /// (the rule of every JSON output: see `escapingLineSeparators`).
  private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
    guard let base = source.baseAddress else { return }
    var runStart = 0, index = 0
    let table = Self.needsEscape
    while index < source.count {
      if index &+ 8 <= source.count {
        let flags = Self.escapeFlags(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
        guard flags != 0 else {
          index &+= 8
          continue
        }
        // The lowest flag marks the first byte that may need an escape: jump straight to it.
        index &+= flags.trailingZeroBitCount &>> 3
      } else if !table[Int(source[index])] {
        index &+= 1
        continue
      }
      let byte = source[index]
      if byte == 0xE2 {
        guard index + 2 < source.count, source[index + 1] == 0x80, source[index + 2] == 0xA8 || source[index + 2] == 0xA9 else {
          index &+= 1
          continue
        }
      }
      append(base + runStart, index - runStart)
      switch byte {
      case UInt8(ascii: "\""): raw("\\\"")
      case UInt8(ascii: "\\"): raw("\\\\")
      case 0x0A: raw("\\n")
      case 0x0D: raw("\\r")
      case 0x09: raw("\\t")
      case 0xE2:
        source[index + 2] == 0xA8 ? raw("\\u2028") : raw("\\u2029")
        index += 2
      default:
        raw("\\u00")
        append(Self.hexDigits[Int(byte >> 4)])
        append(Self.hexDigits[Int(byte & 0xF)])
      }
      index += 1
      runStart = index
    }
    append(base + runStart, source.count - runStart)
  }

  /// The high bit of each of the eight bytes of `word` (first byte lowest) that may need an
  /// escape (see `needsEscape`): a control byte, `"`, `\` or 0xE2; zero when none does. Tested
  /// eight at a time because most text needs none. Bytes above the lowest flagged one may be
  /// flagged wrongly, the lowest never: so the caller jumps to it instead of stepping a byte at a
  /// time, which on news text (curly quotes start with 0xE2) cost a third of the escaping.
  @inline(__always) private static func escapeFlags(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
    let controls = (word &- ones &* 0x20) & ~word & highs
    return controls | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C)) | zeroBytes(word ^ (ones &* 0xE2))
  }

  @inline(__always) private mutating func append(_ byte: UInt8) {
    reserve(1)
    storage[count] = byte
    count += 1
  }

  @inline(__always) private mutating func append(_ source: UnsafePointer<UInt8>, _ length: Int) {
    reserve(length)
    let target = UnsafeMutableRawPointer(storage + count), from = UnsafeRawPointer(source)
    // Keys, punctuation and short words: two overlapping loads and stores instead of a loop.
    if length >= 8 && length <= 16 {
      let head = from.loadUnaligned(as: UInt64.self), tail = from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
      target.storeBytes(of: head, as: UInt64.self)
      target.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
    } else if length >= 4 && length < 8 {
      let head = from.loadUnaligned(as: UInt32.self), tail = from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
      target.storeBytes(of: head, as: UInt32.self)
      target.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
    } else if length < 4 {
      for index in 0..<length { storage[count + index] = source[index] }
    } else {
      memcpy(target, from, length)
    }
    count += length
  }

  @inline(__always) private mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private mutating func grow(to needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newStorage.update(from: storage, count: count)
    storage.deallocate()
    storage = newStorage
    capacity = newCapacity
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Bytes that may need an escape: controls, `"`, `\` and the lead byte of U+2028/U+2029.
  nonisolated(unsafe) private static let needsEscape: UnsafePointer<Bool> = {
    let table = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
    for byte in 0..<256 { table[byte] = byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 }
    return UnsafePointer(table)
  }()
}
