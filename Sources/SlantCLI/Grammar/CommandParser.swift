import SlantCore
import SlantTerminal

/// Parses words (from `argv` or from a line typed at the shell) against the command table.
public struct CommandParser: Sendable {
  public let commands: [CommandSpec]

  public init(commands: [CommandSpec]) { self.commands = commands }

  /// The command the words name and its arguments; `nil` command words mean the root job.
  public func parse(_ words: [String]) throws -> (spec: CommandSpec, arguments: ParsedArguments) {
    let (spec, consumed) = try resolve(words)
    return (spec, try parseArguments(Array(words.dropFirst(consumed)), for: spec))
  }

  /// The command whose name is the longest prefix of `words`, and how many words it takes.
  public func resolve(_ words: [String]) throws -> (CommandSpec, Int) {
    var best: (CommandSpec, Int)?
    for spec in commands {
      let name = spec.words
      if words.count >= name.count, Array(words.prefix(name.count)) == name, name.count > best?.1 ?? 0 {
        best = (spec, name.count)
      }
    }
    if let best { return best }
    let typed = words.first ?? ""
    let names = commands.map(\.name)
    let twoWords = words.prefix(2).joined(separator: " ")
    throw UsageError.unknownCommand(
      words.count > 1 && names.contains(where: { $0.hasPrefix(typed + " ") }) ? twoWords : typed,
      suggestion: EditDistance.closest(to: twoWords, in: names.filter { $0.contains(" ") && $0.hasPrefix(typed + " ") })
        ?? EditDistance.closest(to: typed, in: names))
  }

  package func parseArguments(_ words: [String], for spec: CommandSpec) throws -> ParsedArguments {
    var parsed = ParsedArguments(command: spec.name)
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      guard !optionsEnded, word.hasPrefix("-"), word != "-" else {
        parsed.positionals.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      if word == "-h" || word == "--help" {
        parsed.flags.insert("help")
        continue
      }
      let body = word.drop(while: { $0 == "-" })
      let name = String(body.prefix(while: { $0 != "=" }))
      let inlineValue = body.contains("=") ? String(body.drop(while: { $0 != "=" }).dropFirst()) : nil
      guard let option = spec.options.first(where: { $0.name == name }) else {
        throw UsageError.unknownOption(word, command: spec.name, suggestion: EditDistance.closest(to: name, in: spec.options.map(\.name)).map { "--\($0)" })
      }
      guard option.valueName != nil else {
        if inlineValue != nil { throw UsageError.unexpectedFlagValue(option: name, command: spec.name) }
        parsed.flags.insert(name)
        continue
      }
      var values: [String]
      if let inlineValue {
        values = [inlineValue]
      } else {
        guard index < words.count, !(words[index].hasPrefix("--") && words[index].count > 2) else {
          throw UsageError.missingValue(option: name, command: spec.name)
        }
        values = [words[index]]
        index += 1
      }
      while option.isVariadic, index < words.count, !words[index].hasPrefix("-") {
        values.append(words[index])
        index += 1
      }
      for value in values {
        if let choices = option.choices, !choices.contains(value) {
          throw UsageError.invalidValue(value, option: name, command: spec.name, choices: choices)
        }
      }
      if option.isRepeatable {
        parsed.values[name, default: []] += values
      } else {
        parsed.values[name] = values
      }
    }
    guard !parsed.has("help") else { return parsed }
    if parsed.positionals.count < spec.minimumArguments {
      throw UsageError.missingArgument(spec.arguments.isEmpty ? "argument" : spec.arguments, command: spec.name)
    }
    if let maximum = spec.maximumArguments, parsed.positionals.count > maximum {
      throw UsageError.tooManyArguments(command: spec.name, extra: parsed.positionals[maximum])
    }
    return parsed
  }
}
