import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program on the slave side of a pseudo-terminal, as if a person sat at it: keys are
/// written to the master side and the screen output read back from it, and the terminal modes
/// can be read while and after the program runs. Reusable by any test of an interactive command.
public final class PseudoTerminal {
  public struct Timeout: Error, CustomStringConvertible {
    public var waitingFor: String
    public var seen: String
    public var description: String { "timed out waiting for \(waitingFor.debugDescription); output so far: \(seen.debugDescription)" }
  }

  /// The repository's top folder.
  public static let repository: String = {
    let file = #filePath
    return String(file[..<file.range(of: "/Tests/SlantTestSupport/")!.lowerBound])
  }()

  /// The path of an executable built beside this test bundle, such as `line-editor-probe`.
  public static func builtProduct(_ name: String) -> String {
    let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidate = products.appendingPathComponent(name).path
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    return repository + "/.build/debug/" + name
  }

  public let master: Int32
  public let slave: Int32
  public let process = Process()
  /// Everything the program has written so far.
  public private(set) var output: [UInt8] = []
  private var matchedUpTo = 0

  /// Starts `executable` with `arguments` in `directory` (this process's by default) on a fresh
  /// terminal of `columns` × `rows`.
  public init(
    executable: String, arguments: [String] = [], columns: UInt16 = 80, rows: UInt16 = 24, environment: [String: String] = [:],
    directory: String? = nil
  ) throws {
    var master: Int32 = -1, slave: Int32 = -1
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
    self.master = master
    self.slave = slave
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var env = ProcessInfo.processInfo.environment
    env["TERM"] = "xterm-256color"
    env.removeValue(forKey: "NO_COLOR")
    env.merge(environment) { $1 }
    process.environment = env
    let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
    process.standardInput = terminal
    process.standardOutput = terminal
    process.standardError = terminal
    try withTerminationSignalsUnblocked { try process.run() }
  }

  deinit {
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }
    close(master)
    close(slave)
  }

  /// Types `text` (UTF-8, control characters and escape sequences included).
  public func send(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return }
      offset += written
    }
  }

  /// Waits until `text` appears in the output after the previous match, and returns the output
  /// from the previous match up to the end of this one.
  @discardableResult
  public func waitFor(text: String, timeout: Double = 5) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let unmatched = String(decoding: output[matchedUpTo...], as: UTF8.self)
      if let range = unmatched.range(of: text) {
        let matched = String(unmatched[..<range.upperBound])
        matchedUpTo += matched.utf8.count
        return matched
      }
      let remaining = deadline.timeIntervalSinceNow
      guard remaining > 0 else { throw Timeout(waitingFor: text, seen: unmatched) }
      readAvailable(waitingMilliseconds: Int32(min(remaining, 0.1) * 1000) + 1)
    }
  }

  /// Waits for the program to end (reading what it still writes) and returns how it ended.
  public func waitForExit(timeout: Double = 5) throws -> (reason: Process.TerminationReason, status: Int32) {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning {
      guard deadline.timeIntervalSinceNow > 0 else { throw Timeout(waitingFor: "exit", seen: String(decoding: output, as: UTF8.self)) }
      readAvailable(waitingMilliseconds: 20)
    }
    process.waitUntilExit()
    readAvailable(waitingMilliseconds: 0)
    return (process.terminationReason, process.terminationStatus)
  }

  /// The terminal's current modes, as the program left or set them.
  public func modes() -> termios {
    var modes = termios()
    tcgetattr(slave, &modes)
    return modes
  }

  /// Whether the terminal is in the line-at-a-time mode programs start in: echo and canonical
  /// input on.
  public var isCooked: Bool {
    let flags = modes().c_lflag
    return flags & tcflag_t(ECHO) != 0 && flags & tcflag_t(ICANON) != 0
  }
}

private extension PseudoTerminal {
  /// Runs `body` with SIGINT, SIGTERM, SIGHUP and SIGQUIT unblocked on this thread, so that a
  /// child spawned in it receives them as one started from a login shell would: test runner
  /// threads block most signals, and a child inherits the mask of the thread that spawns it.
  public func withTerminationSignalsUnblocked(_ body: () throws -> Void) rethrows {
    var signals = sigset_t(), previous = sigset_t()
    sigemptyset(&signals)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&signals, signal) }
    pthread_sigmask(SIG_UNBLOCK, &signals, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
    try body()
  }

  public func readAvailable(waitingMilliseconds: Int32) {
    var request = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    var timeout = waitingMilliseconds
    while poll(&request, 1, timeout) > 0 && request.revents & Int16(POLLIN) != 0 {
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      guard count > 0 else { return }
      output.append(contentsOf: chunk[..<count])
      timeout = 0
    }
  }
}
