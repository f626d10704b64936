#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command writes: data to `output`, talk (progress, warnings, errors) to `errors`, and
/// whether each may use colour. Colour is decided once here: only on a terminal, never when
/// `NO_COLOR` is set or `TERM` is `dumb`.
public struct Console {
  public var output: OutputSink
  public var errors: OutputSink
  public var outputUsesColor: Bool
  public var errorsUseColor: Bool
  /// Whether standard error is a terminal, so that progress bars can redraw in place.
  public var errorsAreTerminal: Bool
  /// The width to wrap and draw tables to.
  public var width: Int
  /// The width human-facing text on standard output is fitted to (`writeText`): the terminal's,
  /// or `COLUMNS`; nil when standard output is a file or pipe, so that lines stay whole for grep.
  public var textWidth: Int?

  public init(output: OutputSink, errors: OutputSink, outputUsesColor: Bool = false, errorsUseColor: Bool = false, errorsAreTerminal: Bool = false, width: Int = 80) {
    self.output = output
    self.errors = errors
    self.outputUsesColor = outputUsesColor
    self.errorsUseColor = errorsUseColor
    self.errorsAreTerminal = errorsAreTerminal
    self.width = width
  }

  /// Writes human-facing text to standard output, fitted to `textWidth` with hanging indents.
  public func writeText(_ text: String) {
    output.write(textWidth.map { HangingWrapper.fit(text, width: $0) } ?? text)
  }

  /// Writes prose (help) to standard output, fitted to `textWidth`, or to 80 columns when the
  /// output is not a terminal: its paragraphs are one line each until fitted.
  public func writeProse(_ text: String) {
    output.write(HangingWrapper.fit(text, width: textWidth ?? 80))
  }

  /// The process's standard output and standard error.
  public static func standard(environment: [String: String]) -> Console {
    let errorsAreTerminal = isatty(STDERR_FILENO) == 1, outputIsTerminal = isatty(STDOUT_FILENO) == 1
    var console = Console(
      output: OutputSink(descriptor: STDOUT_FILENO), errors: OutputSink(descriptor: STDERR_FILENO),
      outputUsesColor: usesColor(isTerminal: outputIsTerminal, environment: environment),
      errorsUseColor: usesColor(isTerminal: errorsAreTerminal, environment: environment),
      errorsAreTerminal: errorsAreTerminal, width: terminalWidth(environment: environment))
    console.textWidth = outputIsTerminal ? console.width : environment["COLUMNS"].flatMap { Int($0) }
    return console
  }

  /// Whether a stream may be coloured: only a terminal, and never when `NO_COLOR` is set (to
  /// anything, as no-color.org asks) or `TERM` is `dumb`.
  public static func usesColor(isTerminal: Bool, environment: [String: String]) -> Bool {
    isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
  }

  /// A console that keeps everything in memory, for tests.
  public static func capturing(width: Int = 80) -> Console {
    Console(output: OutputSink(), errors: OutputSink(), width: width)
  }

  /// The terminal's width, or `COLUMNS`, or 80.
  public static func terminalWidth(environment: [String: String] = [:]) -> Int {
    var size = winsize()
    for descriptor in [STDOUT_FILENO, STDERR_FILENO, STDIN_FILENO] where ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return environment["COLUMNS"].flatMap { Int($0) } ?? 80
  }

  /// Writes one line of talk to standard error, prefixed with `slant: `.
  public func report(_ message: String) {
    errors.write("slant: \(message)\n")
  }

  public func flush() {
    output.flush()
    errors.flush()
  }
}
