extension TextFileReader {
  /// The text of the document file at `path` and how it was decoded: UTF-8; UTF-16 (little or
  /// big endian) when the file starts with its byte-order mark, which is kept as U+FEFF as a
  /// UTF-8 one is, so that offsets count it either way, or when it has none but its zero bytes
  /// tell its byte order (see `utf16ByteOrder(of:)`); otherwise, unless `isStrict`, bytes
  /// that are not UTF-8 read as Windows-1252 (see `Windows1252`), with the first one's offset.
  /// - Throws: `CorpusError.binary` for a NUL, `.invalidUTF8` when `isStrict` and the file is
  ///   not UTF-8, `.invalidUTF16` for a broken UTF-16 file, `.unclearUTF16` for one without a
  ///   byte-order mark that does not decode in the byte order its zero bytes suggest.
  public static func decodedText(atPath path: String, isStrict: Bool) throws -> (text: String, source: TextSource) {
    // UTF-8, the common case, is read straight into the string; only a file that is not is read
    // again as bytes to be decoded.
    do {
      return (try text(atPath: path), .plainUTF8)
    } catch let error as CorpusError {
      switch error {
      case .invalidUTF8, .binary:
        let bytes = try self.bytes(atPath: path)
        return try bytes.withUnsafeBufferPointer { try decode($0, path: path, isStrict: isStrict) }
      default: throw error
      }
    }
  }

  /// `bytes` of the file `path` decoded as `decodedText(atPath:isStrict:)` decodes them.
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, path: String, isStrict: Bool) throws -> (text: String, source: TextSource) {
    if bytes.count >= 2, bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF {
      let encoding: TextSource.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
      return (try utf16Text(bytes, isLittleEndian: encoding == .utf16LittleEndian, path: path), TextSource(encoding: encoding))
    }
    if let offset = firstNUL(bytes) {
      guard let encoding = utf16ByteOrder(of: bytes) else { throw CorpusError.binary(path: path, byteOffset: offset) }
      let name = encoding == .utf16LittleEndian ? "UTF-16LE" : "UTF-16BE"
      do {
        return (try utf16Text(bytes, isLittleEndian: encoding == .utf16LittleEndian, path: path), TextSource(encoding: encoding))
      } catch CorpusError.binary(_, let offset) {
        throw CorpusError.unclearUTF16(path: path, reason: "read as \(name) it has a NUL character at byte \(offset)")
      } catch CorpusError.invalidUTF16(_, let offset) {
        throw CorpusError.unclearUTF16(path: path, reason: "read as \(name) it is not valid at byte \(offset) (an unpaired surrogate or an odd length)")
      }
    }
    guard let bad = firstInvalidUTF8(bytes) else { return (String(decoding: bytes, as: UTF8.self), .plainUTF8) }
    if isStrict { throw CorpusError.invalidUTF8(path: path, byteOffset: bad) }
    return (Windows1252.decode(bytes), TextSource(encoding: .windows1252, firstNonUTF8Byte: bad))
  }

  /// UTF-16 code units decoded, refusing an odd length, an unpaired surrogate or a NUL.
  private static func utf16Text(_ bytes: UnsafeBufferPointer<UInt8>, isLittleEndian: Bool, path: String) throws -> String {
    guard bytes.count % 2 == 0 else { throw CorpusError.invalidUTF16(path: path, byteOffset: bytes.count - 1) }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    for index in stride(from: 0, to: bytes.count, by: 2) {
      let (low, high) = isLittleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
      let unit = UInt16(high) << 8 | UInt16(low)
      if unit == 0 { throw CorpusError.binary(path: path, byteOffset: index) }
      units.append(unit)
    }
    var scalars = String.UnicodeScalarView()
    var decoder = UTF16()
    var iterator = units.makeIterator()
    var unitOffset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        scalars.append(scalar)
        unitOffset += scalar.utf16.count
      case .emptyInput: return String(scalars)
      case .error: throw CorpusError.invalidUTF16(path: path, byteOffset: unitOffset * 2)
      }
    }
  }

  /// How many bytes from the start `utf16ByteOrder(of:)` looks at.
  static let utf16SampleSize = 4096

  /// The byte order of UTF-16 text without a byte-order mark, told from where the zero bytes in
  /// its first 4 KB fall: UTF-16 text has a zero high byte in every code unit of ASCII (spaces,
  /// digits, punctuation, all of English), at odd offsets in little-endian and even ones in
  /// big-endian; UTF-8 and Windows-1252 text has no zero byte at all, and binary files have
  /// them on both sides or hardly any. A byte order when at least one code unit in sixteen has
  /// a zero on one side, two at the least, and the other side has at most a sixteenth as many;
  /// nil when there is no such pattern. The caller decodes the whole file in that order and
  /// refuses it in one line when it does not decode.
  static func utf16ByteOrder(of bytes: UnsafeBufferPointer<UInt8>) -> TextSource.Encoding? {
    let sampleSize = min(bytes.count, utf16SampleSize) & ~1
    var zerosAtEven = 0, zerosAtOdd = 0
    for index in stride(from: 0, to: sampleSize, by: 2) {
      if bytes[index] == 0 { zerosAtEven += 1 }
      if bytes[index + 1] == 0 { zerosAtOdd += 1 }
    }
    let (dominant, other) = (max(zerosAtEven, zerosAtOdd), min(zerosAtEven, zerosAtOdd))
    // A single zero byte tells nothing: "A" is U+0041 one way and U+4100 the other.
    guard dominant >= 2, dominant * 16 >= sampleSize / 2, other * 16 <= dominant else { return nil }
    return zerosAtOdd > zerosAtEven ? .utf16LittleEndian : .utf16BigEndian
  }
}
