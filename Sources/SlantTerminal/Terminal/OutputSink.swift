#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered text output: a file descriptor (standard output, standard error, a file) or a
/// string in memory for tests and the shell's own capture.
public final class OutputSink: TextOutputStream {
  private enum Target {
    case descriptor(Int32)
    case memory
  }

  private let target: Target
  private var buffer: [UInt8] = []
  /// Everything written, for a sink in memory.
  public private(set) var captured = ""
  /// Set when a write to the descriptor failed (a closed pipe, a full disk).
  public private(set) var failure: Int32?

  /// A sink writing to the open file descriptor `descriptor`.
  public init(descriptor: Int32) {
    target = .descriptor(descriptor)
    buffer.reserveCapacity(1 << 16)
  }

  /// A sink that keeps what is written in `captured`.
  public init() { target = .memory }

  deinit { flush() }

  public func write(_ string: String) {
    switch target {
    case .memory: captured += string
    case .descriptor:
      buffer.append(contentsOf: string.utf8)
      if buffer.count >= 1 << 16 { flush() }
    }
  }

  /// Writes UTF-8 bytes as they are, for outputs built as bytes (JSON Lines).
  public func write(bytes: [UInt8]) {
    switch target {
    case .memory: captured += String(decoding: bytes, as: UTF8.self)
    case .descriptor where bytes.count >= Self.directWriteBytes:
      flush()
      bytes.withUnsafeBytes { writeAll($0) }
    case .descriptor:
      buffer.append(contentsOf: bytes)
      if buffer.count >= 1 << 16 { flush() }
    }
  }

  /// Writes UTF-8 bytes as they are, without copying a large block: for outputs written a block
  /// at a time from a buffer of their own.
  public func write(bytes: UnsafeBufferPointer<UInt8>) {
    switch target {
    case .memory: captured += String(decoding: bytes, as: UTF8.self)
    case .descriptor where bytes.count >= Self.directWriteBytes:
      flush()
      writeAll(UnsafeRawBufferPointer(bytes))
    case .descriptor:
      buffer.append(contentsOf: bytes)
      if buffer.count >= 1 << 16 { flush() }
    }
  }

  /// Writes at least this many bytes straight to the descriptor rather than copying them into
  /// the buffer: a scored document's JSON Lines are already one large block.
  private static let directWriteBytes = 1 << 13

  /// Writes out what is buffered.
  public func flush() {
    buffer.withUnsafeBytes { writeAll($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes all of `bytes` to the descriptor, unless an earlier write failed.
  private func writeAll(_ bytes: UnsafeRawBufferPointer) {
    guard case .descriptor(let descriptor) = target, failure == nil, let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        failure = errno
        return
      }
      offset += written
    }
  }
}
