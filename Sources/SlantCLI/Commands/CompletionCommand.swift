extension CommandSpec {
  static let completion = CommandSpec(
    name: "completion", summary: "Print a Tab-completion script for bash, zsh or fish.", arguments: "SHELL", minimumArguments: 1,
    maximumArguments: 1,
    discussion: """
      The script completes command names, each command's options and their fixed values, and
      paths elsewhere; it is made from the same table as help, so it never falls behind. Load it
      from your shell's startup file:
        bash: source <(slant completion bash)        (in ~/.bashrc)
        zsh:  source <(slant completion zsh)         (in ~/.zshrc)
        fish: slant completion fish > ~/.config/fish/completions/slant.fish
      """
  ) { arguments, context in
    let name = arguments.positionals[0]
    guard let shell = CompletionShell(rawValue: name) else {
      let choices = CompletionShell.allCases.map(\.rawValue)
      throw UsageError.invalid("no completion for '\(name)' (choose from \(choices.joined(separator: ", ")))", command: "completion")
    }
    context.console.output.write(CompletionScript(commands: context.commands.commands).script(for: shell))
    return ExitStatus.success
  }
}
