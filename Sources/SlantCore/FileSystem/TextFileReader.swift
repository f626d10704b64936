#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files with `open`/`read`, and accepts only UTF-8 text: a file with a NUL byte is
/// taken for binary and a file with invalid UTF-8 is refused with the offset of the first bad
/// byte, rather than silently repaired.
public enum TextFileReader {
  /// The largest document read, in bytes.
  public static let sizeLimit = 1 << 30

  /// The text of the file at `path`, read straight into the string's own storage.
  public static func text(atPath path: String) throws -> String {
    try withOpenFile(atPath: path, limit: sizeLimit) { descriptor, size in
      try String(unsafeUninitializedCapacity: size) { buffer in
        let count = try readAll(descriptor, into: UnsafeMutableRawBufferPointer(buffer), path: path)
        try validate(UnsafeBufferPointer(rebasing: buffer[..<count]), path: path)
        return count
      }
    }
  }

  /// The bytes of the file at `path`, refusing files larger than `limit`.
  public static func bytes(atPath path: String, limit: Int = sizeLimit) throws -> [UInt8] {
    try withOpenFile(atPath: path, limit: limit) { descriptor, size in
      try [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        count = try readAll(descriptor, into: UnsafeMutableRawBufferPointer(buffer), path: path)
      }
    }
  }

  /// Opens the regular file at `path`, checks its size against `limit`, and calls `body`
  /// with the descriptor and the size.
  private static func withOpenFile<Result>(atPath path: String, limit: Int, _ body: (Int32, Int) throws -> Result) throws -> Result {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw error(for: errno, path: path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw error(for: errno, path: path) }
    guard status.st_mode & S_IFMT != S_IFDIR else { throw CorpusError.unreadable(path: path, reason: "is a directory") }
    let size = Int(status.st_size)
    guard size <= limit else { throw CorpusError.tooLarge(path: path, bytes: size, limit: limit) }
    return try body(descriptor, size)
  }

  /// Reads until `buffer` is full or the file ends, and returns how many bytes were read.
  private static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, path: String) throws -> Int {
    var count = 0
    while count < buffer.count {
      let result = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      if result < 0 {
        if errno == EINTR { continue }
        throw error(for: errno, path: path)
      }
      if result == 0 { break }
      count += result
    }
    return count
  }

  /// Checks that `bytes` are UTF-8 text without NUL bytes.
  public static func validate(_ bytes: [UInt8], path: String) throws {
    try bytes.withUnsafeBufferPointer { try validate($0, path: path) }
  }

  /// Checks that `bytes` are UTF-8 text without NUL bytes.
  public static func validate(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws {
    if let offset = firstNUL(bytes) { throw CorpusError.binary(path: path, byteOffset: offset) }
    if let offset = firstInvalidUTF8(bytes) { throw CorpusError.invalidUTF8(path: path, byteOffset: offset) }
  }

  /// The offset of the first byte that is not part of a valid UTF-8 sequence, if any.
  public static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var offset = 0
    let count = bytes.count
    guard let base = bytes.baseAddress else { return nil }
    while offset < count {
      // Eight ASCII bytes at a time: news text is mostly ASCII.
      if offset + 8 <= count, UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        offset += 8
        continue
      }
      let lead = bytes[offset]
      if lead < 0x80 {
        offset += 1
        continue
      }
      let length: Int
      var secondRange: ClosedRange<UInt8> = 0x80...0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; secondRange = 0xA0...0xBF
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; secondRange = 0x80...0x9F
      case 0xF0: length = 4; secondRange = 0x90...0xBF
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; secondRange = 0x80...0x8F
      default: return offset
      }
      guard offset + 1 < count, secondRange.contains(bytes[offset + 1]) else { return offset }
      for index in 2..<length {
        guard offset + index < count, UTF8.isContinuation(bytes[offset + index]) else { return offset }
      }
      offset += length
    }
    return nil
  }

  static func firstNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  static func error(for code: Int32, path: String) -> CorpusError {
    code == ENOENT ? .missing(path: path) : .unreadable(path: path, reason: String(cString: strerror(code)))
  }
}
