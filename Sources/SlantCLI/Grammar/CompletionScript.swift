/// A shell's Tab-completion script for `slant`, written from the command table: the first word
/// completes to a command, the second to a two-word command's second word, a word starting with
/// `-` to the command's options, the word after an option with fixed values to those values.
struct CompletionScript {
  var commands: [CommandSpec]

  func script(for shell: CompletionShell) -> String {
    switch shell {
    case .bash: bash(function: true)
    case .zsh: "#compdef slant\nautoload -U +X bashcompinit && bashcompinit\n" + bash(function: true)
    case .fish: fish()
    }
  }

  private var named: [CommandSpec] { commands.filter { !$0.name.isEmpty } }
  private var firstWords: [String] { unique(named.map { $0.words[0] }) }

  private func options(of spec: CommandSpec) -> [String] { spec.options.map { "--\($0.name)" } + ["--help"] }

  private func bash(function: Bool) -> String {
    var text = "# slant completion for bash (source <(slant completion bash))\n_slant() {\n"
    text += "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
    text += "  local command=${COMP_WORDS[1]} second=${COMP_WORDS[2]}\n"
    text += "  if [ \"$COMP_CWORD\" -eq 1 ]; then COMPREPLY=($(compgen -W \"\(firstWords.joined(separator: " "))\" -- \"$cur\")); return; fi\n"
    for first in firstWords {
      let seconds = named.filter { $0.words.count == 2 && $0.words[0] == first }.map { $0.words[1] }
      if !seconds.isEmpty {
        text += "  if [ \"$command\" = \(first) ] && [ \"$COMP_CWORD\" -eq 2 ]; then COMPREPLY=($(compgen -W \"\(seconds.joined(separator: " "))\" -- \"$cur\")); return; fi\n"
      }
    }
    text += "  case \"$command $second\" in\n"
    for spec in named {
      let pattern = spec.words.count == 2 ? "\"\(spec.name)\"" : "\"\(spec.name) \"*"
      text += "    \(pattern))\n"
      text += "      case \"$prev\" in\n"
      for option in spec.options {
        if let choices = option.choices { text += "        --\(option.name)) COMPREPLY=($(compgen -W \"\(choices.joined(separator: " "))\" -- \"$cur\")); return;;\n" }
      }
      text += "      esac\n"
      text += "      if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"\(options(of: spec).joined(separator: " "))\" -- \"$cur\")); return; fi;;\n"
    }
    text += "  esac\n  COMPREPLY=($(compgen -f -- \"$cur\"))\n}\ncomplete -o filenames -F _slant slant\n"
    return text
  }

  private func fish() -> String {
    var text = "# slant completion for fish (slant completion fish > ~/.config/fish/completions/slant.fish)\n"
    text += "complete -c slant -n __fish_use_subcommand -f -a \"\(firstWords.joined(separator: " "))\"\n"
    for spec in named {
      let words = spec.words
      if words.count == 2 {
        text += "complete -c slant -n \"__fish_seen_subcommand_from \(words[0]); and not __fish_seen_subcommand_from \(words[1])\" -f -a \(words[1]) -d \(quoted(spec.summary))\n"
      }
      let condition = words.map { "__fish_seen_subcommand_from \($0)" }.joined(separator: "; and ")
      for option in spec.options {
        var line = "complete -c slant -n \"\(condition)\" -l \(option.name)"
        if let choices = option.choices { line += " -x -a \"\(choices.joined(separator: " "))\"" } else if option.valueName != nil { line += " -r" }
        text += line + " -d \(quoted(option.help))\n"
      }
    }
    return text
  }

  private func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'" }

  private func unique(_ words: [String]) -> [String] {
    var seen: Set<String> = []
    return words.filter { seen.insert($0).inserted }
  }
}
