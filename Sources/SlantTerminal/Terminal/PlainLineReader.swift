#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a descriptor that is not a terminal (a pipe, a script file): no prompt, no
/// editing. A line ends at `\n` (a `\r` before it is dropped); the last line needs no line end.
/// Invalid UTF-8 is read as U+FFFD.
public struct PlainLineReader {
  /// The descriptor lines are read from.
  public let input: Int32
  private var buffered: [UInt8] = []
  private var isAtEnd = false

  /// A reader of `input`, which it reads in large blocks and never closes.
  public init(input: Int32) {
    self.input = input
  }

  /// The next line, or nil at end of input.
  public mutating func nextLine() -> String? {
    var searchStart = 0
    while true {
      if let newline = buffered[searchStart...].firstIndex(of: 0x0A) {
        let line = buffered[..<newline]
        defer { buffered.removeSubrange(...newline) }
        return String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
      }
      searchStart = buffered.count
      guard !isAtEnd else {
        guard !buffered.isEmpty else { return nil }
        defer { buffered.removeAll() }
        return String(decoding: buffered, as: UTF8.self)
      }
      readMore()
    }
  }
}

private extension PlainLineReader {
  mutating func readMore() {
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 {
        isAtEnd = true
      } else {
        buffered.append(contentsOf: chunk[..<count])
      }
      return
    }
  }
}
