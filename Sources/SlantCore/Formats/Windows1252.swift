/// Decodes bytes that are not valid UTF-8 as Windows-1252, the encoding of most old news
/// exports (a pound sign or a curly quote from Word). Valid UTF-8 sequences are kept as they
/// are, so that a UTF-8 file with one stray byte keeps its other characters; each byte that is
/// not part of one becomes its Windows-1252 character (the five bytes that encoding leaves
/// undefined become the C1 controls of the same value, as WHATWG decoders make them).
public enum Windows1252 {
  /// The characters of bytes 0x80-0x9F; the rest of the range is Latin-1.
  static let highControls: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  /// The character byte `byte` stands for in Windows-1252.
  public static func scalar(_ byte: UInt8) -> Unicode.Scalar {
    if (0x80...0x9F).contains(byte) { return Unicode.Scalar(highControls[Int(byte) - 0x80])! }
    return Unicode.Scalar(byte)
  }

  /// `bytes` decoded: valid UTF-8 kept, every other byte read as Windows-1252.
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var result = String.UnicodeScalarView()
    var offset = 0
    while offset < bytes.count {
      let rest = UnsafeBufferPointer(rebasing: bytes[offset...])
      guard let bad = TextFileReader.firstInvalidUTF8(rest) else {
        result.append(contentsOf: String(decoding: rest, as: UTF8.self).unicodeScalars)
        break
      }
      result.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: rest[..<bad]), as: UTF8.self).unicodeScalars)
      result.append(scalar(rest[bad]))
      offset += bad + 1
    }
    return String(result)
  }
}
