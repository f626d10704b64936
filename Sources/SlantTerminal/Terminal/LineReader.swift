#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines of bytes from a file descriptor (standard input) in large chunks, without the
/// line end, so that a stream of any length is read in constant memory.
package struct LineReader {
  /// Reading standard input failed.
  struct ReadError: Error, CustomStringConvertible {
    var code: Int32
    var description: String { "-: cannot read standard input: \(String(cString: strerror(code)))" }
  }

  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var isAtEnd = false

  package init(descriptor: Int32) { self.descriptor = descriptor }

  /// The next line, or nil at the end of the input.
  package mutating func nextLine() throws -> [UInt8]? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        var line = Array(buffer[start..<newline])
        if line.last == 0x0D { line.removeLast() }
        start = newline + 1
        return line
      }
      if isAtEnd {
        guard start < buffer.count else { return nil }
        let line = Array(buffer[start...])
        start = buffer.count
        return line
      }
      buffer.removeSubrange(0..<start)
      start = 0
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw ReadError(code: errno)
      }
      if count == 0 { isAtEnd = true } else { buffer += chunk[0..<count] }
    }
  }
}
