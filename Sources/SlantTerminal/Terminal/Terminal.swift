#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A terminal on a file descriptor, switched to raw mode (bytes as typed, no echo, no signals
/// from keys, no output processing) only while a line is read. The mode it found is always put
/// back: by `restoreMode()`, by an `atexit` handler, and by handlers for SIGINT, SIGTERM,
/// SIGHUP, SIGQUIT and crash signals that restore it and then re-raise the signal under the
/// handler that was there before. Those handlers are only in place while in raw mode.
public final class Terminal {
  /// The descriptor keys are read from.
  public let input: Int32
  /// The descriptor the line is drawn on.
  public let output: Int32

  /// The terminal reading keys from `input` and drawing on `output`; nothing changes until
  /// `enableRawMode()`.
  public init(input: Int32, output: Int32) {
    self.input = input
    self.output = output
  }

  /// Whether both descriptors are terminals, so that raw-mode editing can work.
  public var isInteractive: Bool { isatty(input) == 1 && isatty(output) == 1 }

  /// Switches `input` to raw mode; false (and nothing changed) when it is not a terminal.
  public func enableRawMode() -> Bool {
    var original = termios()
    guard tcgetattr(input, &original) == 0 else { return false }
    var raw = original
    raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
    raw.c_oflag &= ~tcflag_t(OPOST)
    raw.c_cflag |= tcflag_t(CS8)
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
    withUnsafeMutableBytes(of: &raw.c_cc) { controls in
      controls[Int(VMIN)] = 1
      controls[Int(VTIME)] = 0
    }
    SavedMode.install(descriptor: input, mode: original)
    guard tcsetattr(input, TCSANOW, &raw) == 0 else {
      SavedMode.restore()
      return false
    }
    return true
  }

  /// Puts back the mode found by `enableRawMode()` and removes the signal handlers.
  public func restoreMode() { SavedMode.restore() }

  /// Bytes typed, waiting at most `timeoutMilliseconds` (forever when negative): empty when
  /// the time ran out, nil at end of input or on a read error (the terminal went away).
  public func read(timeoutMilliseconds: Int32) -> [UInt8]? {
    var request = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
    while true {
      let ready = poll(&request, 1, timeoutMilliseconds)
      if ready < 0 && errno == EINTR { continue }
      if ready == 0 { return [] }
      guard ready > 0 else { return nil }
      var bytes = [UInt8](repeating: 0, count: 1024)
      let count = bytes.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress, $0.count) }
      if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
      guard count > 0 else { return nil }
      return Array(bytes[..<count])
    }
  }

  /// Writes `text` to `output` whole (a failed write is dropped: the terminal went away).
  public func write(_ text: String) {
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(output, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
  }
}

/// The terminal mode to put back, kept where signal handlers can reach it without capturing
/// anything, in plain memory that a handler can read safely. Only the thread that reads lines
/// changes it.
private enum SavedMode {
  nonisolated(unsafe) static var descriptor: Int32 = -1
  nonisolated(unsafe) static var mode = termios()
  nonisolated(unsafe) static var isExitHandlerRegistered = false
  nonisolated(unsafe) static var areHandlersInstalled = false
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE]
  /// The handler each signal had before ours, indexed by signal number; `isReplaced` says which.
  nonisolated(unsafe) static let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
  nonisolated(unsafe) static let isReplaced: UnsafeMutablePointer<Bool> = {
    let flags = UnsafeMutablePointer<Bool>.allocate(capacity: 65)
    flags.initialize(repeating: false, count: 65)
    return flags
  }()

  static func install(descriptor: Int32, mode: termios) {
    self.mode = mode
    self.descriptor = descriptor
    if !isExitHandlerRegistered {
      atexit { SavedMode.restoreTerminal() }
      isExitHandlerRegistered = true
    }
    guard !areHandlersInstalled else { return }
    areHandlersInstalled = true
    for signal in signals {
      var current = sigaction()
      sigaction(signal, nil, &current)
      if unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { signal in SavedMode.restoreAndReraise(signal) }
      sigemptyset(&action.sa_mask)
      isReplaced[Int(signal)] = sigaction(signal, &action, previousActions + Int(signal)) == 0
    }
  }

  static func restore() {
    restoreTerminal()
    guard areHandlersInstalled else { return }
    for signal in signals where isReplaced[Int(signal)] {
      sigaction(signal, previousActions + Int(signal), nil)
      isReplaced[Int(signal)] = false
    }
    areHandlersInstalled = false
  }

  /// Async-signal-safe: `tcsetattr` only.
  static func restoreTerminal() {
    guard descriptor >= 0 else { return }
    tcsetattr(descriptor, TCSANOW, &mode)
    descriptor = -1
  }

  /// Runs inside a signal handler: restores the terminal, puts back the handler that was there
  /// before, and raises the signal again so that it does what it would have done.
  static func restoreAndReraise(_ signal: Int32) {
    restoreTerminal()
    if isReplaced[Int(signal)] {
      sigaction(signal, previousActions + Int(signal), nil)
    } else {
      Glibc.signal(signal, SIG_DFL)
    }
    raise(signal)
  }
}
