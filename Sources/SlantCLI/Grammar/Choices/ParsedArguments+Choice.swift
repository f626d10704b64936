extension ParsedArguments {
  /// The value of the option `name` as a case of `Choice`, or nil when it was not given. The
  /// parser has already refused values outside the spec's choices; one that still does not fit
  /// (a spec listing other words) is a usage error, never a silent default.
  public func choice<Choice: RawRepresentable & CaseIterable>(_ name: String) throws -> Choice? where Choice.RawValue == String {
    guard let text = value(name) else { return nil }
    guard let choice = Choice(rawValue: text) else {
      throw UsageError.invalidValue(text, option: name, command: command, choices: Choice.allCases.map(\.rawValue))
    }
    return choice
  }

  /// The value of the option `name` as a case of `Choice`, or `fallback` when it was not given.
  public func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, default fallback: Choice) throws -> Choice
  where Choice.RawValue == String {
    try choice(name) ?? fallback
  }
}
