extension JSONBytes {
  /// `json` as Foundation wrote it (`JSONEncoder`, `JSONSerialization`), with U+2028 and
  /// U+2029 escaped as `\u2028` and `\u2029`, as `JSONBytes` writes them: every JSON output of
  /// Slant then agrees. Both forms are valid JSON, but the raw characters end a line for
  /// Python's `str.splitlines()`, many editors and JavaScript before ES2019, which would split
  /// a JSON Lines record in two; the escapes are plain ASCII and read back as the same text.
  /// Outside strings JSON has only ASCII, so every such character found is inside a string.
  package static func escapingLineSeparators(_ json: some Collection<UInt8>) -> [UInt8] {
    let bytes = Array(json)
    guard bytes.contains(0xE2) else { return bytes }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 15)
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
        result += (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8
        index += 3
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return result
  }
}
