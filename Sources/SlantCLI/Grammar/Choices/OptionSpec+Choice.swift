extension OptionSpec {
  /// An option whose value is one case of `Choice`: help and the "choose from" message list the
  /// cases in declaration order, and the parser refuses any other word.
  public static func choice<Choice: RawRepresentable & CaseIterable>(
    _ name: String, _ valueName: String, _ type: Choice.Type, help: String
  ) -> OptionSpec where Choice.RawValue == String {
    .value(name, valueName, choices: Choice.allCases.map(\.rawValue), help: help)
  }
}
