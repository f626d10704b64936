extension CommandSpec {
  /// `slant version`, also reached as `slant --version` and `slant -V`.
  static let version = CommandSpec(name: "version", summary: "Print slant's version.") { _, context in
    context.console.output.write("slant \(CommandRunner.version)\n")
    return ExitStatus.success
  }
}
