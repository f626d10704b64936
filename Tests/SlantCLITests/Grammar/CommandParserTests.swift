import Testing
@testable import SlantCLI
import SlantTerminal

@Suite struct CommandParserTests {
  static let spec = CommandSpec(
    name: "demo", summary: "Demo.", arguments: "PATH…", minimumArguments: 1, maximumArguments: 2,
    options: [
      .value("format", "FORMAT", choices: ["text", "csv"], help: "Format."),
      .values("label", "LABEL", help: "Labels."),
      .value("lexicon", "PATH", repeatable: true, help: "Lexicon."),
      .flag("excel", help: "Excel."),
    ]
  ) { _, _ in 0 }
  static let twoWords = CommandSpec(name: "lexicon check", summary: "Check.") { _, _ in 0 }
  let parser = CommandParser(commands: [spec, twoWords])

  @Test func parsesValuesFlagsAndPositionals() throws {
    let (spec, parsed) = try parser.parse(["demo", "a", "--format=csv", "--excel", "--lexicon", "x", "--lexicon", "y", "-"])
    #expect(spec.name == "demo")
    #expect(parsed.positionals == ["a", "-"])
    #expect(parsed.value("format") == "csv")
    #expect(parsed.allValues("lexicon") == ["x", "y"])
    #expect(parsed.has("excel"))
  }

  @Test func variadicOptionTakesWordsUntilTheNextOption() throws {
    let parsed = try parser.parse(["demo", "doc", "--label", "loaded", "unsupported", "--excel", "--label", "hedged"]).arguments
    #expect(parsed.allValues("label") == ["loaded", "unsupported", "hedged"])
    #expect(parsed.positionals == ["doc"])
  }

  @Test func doubleDashEndsOptions() throws {
    #expect(try parser.parse(["demo", "--", "--excel"]).arguments.positionals == ["--excel"])
  }

  @Test func longestCommandNameWins() throws {
    #expect(try parser.parse(["lexicon", "check"]).spec.name == "lexicon check")
  }

  @Test(arguments: [
    (["dmeo", "a"], "unknown command 'dmeo' (did you mean 'demo'?); see 'slant help'"),
    (["lexicon", "chekc"], "unknown command 'lexicon chekc' (did you mean 'lexicon check'?); see 'slant help'"),
    (["lexicon"], "unknown command 'lexicon' (did you mean 'lexicon check'?); see 'slant help'"),
    (["demo", "a", "--exel"], "demo: unknown option '--exel' (did you mean '--excel'?); see 'slant help demo'"),
    (["demo", "a", "--format"], "demo: option '--format' needs a value; see 'slant help demo'"),
    (["demo", "a", "--format", "xml"], "demo: 'xml' is not a valid value for '--format' (choose from text, csv)"),
    (["demo", "a", "--format", "cvs"], "demo: 'cvs' is not a valid value for '--format' (did you mean 'csv'?) (choose from text, csv)"),
    (["demo", "a", "--excel=yes"], "demo: option '--excel' takes no value"),
    (["demo"], "demo: missing PATH…; see 'slant help demo'"),
    (["demo", "a", "b", "c"], "demo: unexpected argument 'c'; see 'slant help demo'"),
    (["lexicon", "check", "mine.txt"], "lexicon check: unexpected argument 'mine.txt'; see 'slant help lexicon check'"),
  ])
  func usageErrorsAreOneActionableLine(words: [String], message: String) {
    #expect(throws: (any Error).self) { try parser.parse(words) }
    do {
      _ = try parser.parse(words)
    } catch {
      #expect("\(error)" == message)
    }
  }

  @Test func theRealLexiconCheckTakesNoPaths() {
    #expect(throws: UsageError.self) { try CommandParser(commands: CommandTable.all()).parse(["lexicon", "check", "mine.txt"]) }
  }

  @Test func helpIsDrivenByTheSameTable() {
    let help = HelpText.command(Self.spec)
    #expect(help.contains("Usage: slant demo PATH… [OPTIONS]"))
    #expect(help.contains("--format text|csv"))
    #expect(help.contains("--label LABEL…"))
  }
}
