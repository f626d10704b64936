import SlantCore
import SlantTerminal

/// A command line (or shell line) that does not fit the grammar. Printed on one line, with the
/// closest valid name when there is one; the command exits 64.
public enum UsageError: Error, Equatable, CustomStringConvertible {
  case unknownCommand(String, suggestion: String?)
  case unknownOption(String, command: String, suggestion: String?)
  case missingValue(option: String, command: String)
  case invalidValue(String, option: String, command: String, choices: [String])
  case unexpectedFlagValue(option: String, command: String)
  case missingArgument(String, command: String)
  case tooManyArguments(command: String, extra: String)
  case invalid(String, command: String)

  public var description: String {
    switch self {
    case .unknownCommand(let name, let suggestion):
      "unknown command '\(name)'" + Self.hint(suggestion) + "; see 'slant help'"
    case .unknownOption(let name, let command, let suggestion):
      "\(command): unknown option '\(name)'" + Self.hint(suggestion) + "; see 'slant help \(command)'"
    case .missingValue(let option, let command):
      "\(command): option '--\(option)' needs a value; see 'slant help \(command)'"
    case .invalidValue(let value, let option, let command, let choices):
      "\(command): '\(value)' is not a valid value for '--\(option)'"
        + Self.hint(EditDistance.closest(to: value, in: choices)) + " (choose from \(choices.joined(separator: ", ")))"
    case .unexpectedFlagValue(let option, let command):
      "\(command): option '--\(option)' takes no value"
    case .missingArgument(let name, let command):
      "\(command): missing \(name); see 'slant help \(command)'"
    case .tooManyArguments(let command, let extra):
      "\(command): unexpected argument '\(extra)'; see 'slant help \(command)'"
    case .invalid(let message, let command):
      "\(command): \(message)"
    }
  }

  private static func hint(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean '\($0)'?)" } ?? ""
  }
}
