/// Turns the bytes a terminal sends into `Key`s: UTF-8 characters (also when split across
/// reads), control keys, and the CSI (`ESC [`) and SS3 (`ESC O`) sequences of arrows, Home, End
/// and Delete in their xterm, VT220 and rxvt spellings. Bracketed-paste markers are dropped, so
/// pasted text arrives as plain characters. Unknown sequences are skipped whole.
///
/// A lone Escape is ambiguous until more bytes arrive or none do: `keys(from:)` keeps it pending
/// and `flushPending()` (called when input goes quiet) turns it into `.escape`.
public struct KeyDecoder: Sendable {
  private var pending: [UInt8] = []

  /// A decoder with nothing pending.
  public init() {}

  /// Whether bytes are held back waiting for the rest of a sequence or character.
  public var hasPending: Bool { !pending.isEmpty }

  /// The keys completed by `bytes`, keeping an unfinished sequence for the next call.
  public mutating func keys(from bytes: some Sequence<UInt8>) -> [Key] {
    pending.append(contentsOf: bytes)
    var keys: [Key] = []
    var offset = 0
    while offset < pending.count {
      guard let (key, length) = Self.decode(pending, at: offset, isFinal: false) else { break }
      if let key { keys.append(key) }
      offset += length
    }
    pending.removeFirst(offset)
    return keys
  }

  /// The keys held back, decoded as if no more bytes will come: a lone Escape becomes `.escape`.
  public mutating func flushPending() -> [Key] {
    var keys: [Key] = []
    var offset = 0
    while offset < pending.count, let (key, length) = Self.decode(pending, at: offset, isFinal: true) {
      if let key { keys.append(key) }
      offset += length
    }
    pending.removeAll()
    return keys
  }
}

private extension KeyDecoder {
  /// The key at `offset` and the bytes it used, `nil` as key for bytes that mean nothing, or
  /// `nil` altogether when more bytes are needed (never when `isFinal`).
  static func decode(_ bytes: [UInt8], at offset: Int, isFinal: Bool) -> (Key?, Int)? {
    let byte = bytes[offset]
    switch byte {
    case 0x1B: return decodeEscape(bytes, at: offset, isFinal: isFinal)
    case 0x0D, 0x0A: return (.enter, 1)
    case 0x09: return (.tab, 1)
    case 0x7F, 0x08: return (.backspace, 1)
    case 0x01...0x1A: return (.control(Character(Unicode.Scalar(byte + 0x60))), 1)
    case 0x00, 0x1C...0x1F: return (nil, 1)
    case 0x20..<0x80: return (.character(Character(Unicode.Scalar(byte))), 1)
    default: return decodeUTF8(bytes, at: offset, isFinal: isFinal)
    }
  }

  static func decodeUTF8(_ bytes: [UInt8], at offset: Int, isFinal: Bool) -> (Key?, Int)? {
    let lead = bytes[offset]
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    var available = 1
    while available < length, offset + available < bytes.count, UTF8.isContinuation(bytes[offset + available]) { available += 1 }
    if available < length {
      if offset + available == bytes.count && !isFinal { return nil }
      return (.character("\u{FFFD}"), available)
    }
    var decoder = UTF8()
    var iterator = bytes[offset..<offset + length].makeIterator()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator), scalar.value >= 0xA0 else {
      return (length == 1 || bytes[offset] == 0xC2 ? nil : .character("\u{FFFD}"), length)
    }
    return (.character(Character(scalar)), length)
  }

  static func decodeEscape(_ bytes: [UInt8], at offset: Int, isFinal: Bool) -> (Key?, Int)? {
    guard offset + 1 < bytes.count else { return isFinal ? (.escape, 1) : nil }
    let introducer = bytes[offset + 1]
    switch introducer {
    case UInt8(ascii: "["): return decodeControlSequence(bytes, from: offset + 2, start: offset, isFinal: isFinal)
    case UInt8(ascii: "O"):
      guard offset + 2 < bytes.count else { return isFinal ? (.alt("O"), 2) : nil }
      return (finalKey(bytes[offset + 2], parameters: []), 3)
    case 0x1B: return (.escape, 1)
    case 0x7F, 0x08: return (.alt("\u{7F}"), 2)
    case 0x20..<0x7F: return (.alt(Character(Unicode.Scalar(introducer))), 2)
    default: return (.escape, 1)
    }
  }

  /// `ESC [ parameters final`: parameters are digits and `;`, the final byte is 0x40–0x7E.
  static func decodeControlSequence(_ bytes: [UInt8], from first: Int, start: Int, isFinal: Bool) -> (Key?, Int)? {
    var index = first
    while index < bytes.count, (0x20...0x3F).contains(bytes[index]) { index += 1 }
    guard index < bytes.count else { return isFinal ? (nil, bytes.count - start) : nil }
    let parameters = bytes[first..<index].split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map { field in
      field.reduce(0) { value, digit in (0x30...0x39).contains(digit) ? min(value * 10 + Int(digit - 0x30), 9999) : value }
    }
    return (finalKey(bytes[index], parameters: parameters), index + 1 - start)
  }

  /// The key named by the final byte of a CSI or SS3 sequence; a modifier parameter above 1
  /// (Ctrl or Alt) turns left and right into word moves.
  static func finalKey(_ final: UInt8, parameters: [Int]) -> Key? {
    let isModified = parameters.count > 1 && parameters[1] > 1
    switch final {
    case UInt8(ascii: "A"): return .up
    case UInt8(ascii: "B"): return .down
    case UInt8(ascii: "C"): return isModified ? .wordRight : .right
    case UInt8(ascii: "D"): return isModified ? .wordLeft : .left
    case UInt8(ascii: "H"): return .home
    case UInt8(ascii: "F"): return .end
    case UInt8(ascii: "~"):
      switch parameters.first ?? 0 {
      case 1, 7: return .home
      case 4, 8: return .end
      case 3: return .delete
      default: return nil
      }
    default: return nil
    }
  }
}
