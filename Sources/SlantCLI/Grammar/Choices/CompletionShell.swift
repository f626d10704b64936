/// The shells `slant completion` writes a completion script for.
enum CompletionShell: String, CaseIterable {
  case bash, zsh, fish
}
