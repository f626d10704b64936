import SlantCore

/// Where a command's default lexicons come from: the folder `--lexicons` names, the workspace's
/// own `lexicons/`, or, when there is neither, the set built into the binary.
public enum LexiconSource: Equatable, Sendable {
  case folder(String)
  case builtIn

  /// How a person is told which lexicons were used, with workspace-relative paths.
  public func name(relativeTo workspace: String) -> String {
    switch self {
    case .folder(let path): PathName.relative(path, to: workspace) + "/"
    case .builtIn: "the built-in lexicons"
    }
  }
}
