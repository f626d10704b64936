/// What the parser found on a command line: positional arguments, option values and flags.
public struct ParsedArguments: Sendable, Equatable {
  public var command: String
  public var positionals: [String] = []
  public var values: [String: [String]] = [:]
  public var flags: Set<String> = []

  public init(command: String) { self.command = command }

  /// The last value given for the option `name`.
  public func value(_ name: String) -> String? { values[name]?.last }

  /// Every value given for the repeatable option `name`, in order.
  public func allValues(_ name: String) -> [String] { values[name] ?? [] }

  /// Whether the flag `name` was given.
  public func has(_ name: String) -> Bool { flags.contains(name) }

  /// The value of `name` as a whole number, or a usage error naming the option.
  public func integer(_ name: String) throws -> Int? {
    guard let text = value(name) else { return nil }
    guard let number = Int(text) else { throw UsageError.invalid("'--\(name)' needs a whole number, not '\(text)'", command: command) }
    return number
  }
}
