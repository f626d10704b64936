import SlantCore
import Testing

@testable import SlantCLI

/// Closed choices are enums: help lists their cases, a typo is a usage error naming them, and a
/// command reads back the case, never a string with a silent default.
@Suite struct ChoiceTests {
  static let spec = CommandSpec(
    name: "demo", summary: "Demo.", options: [.choice("format", "FORMAT", ScoreFormat.self, help: "Format.")]
  ) { _, _ in 0 }
  let parser = CommandParser(commands: [spec])

  @Test func helpAndChoicesComeFromTheEnumInDeclarationOrder() {
    #expect(Self.spec.options[0].choices == ["text", "csv", "jsonl"])
    #expect(Self.spec.options[0].synopsis == "--format text|csv|jsonl")
  }

  @Test(arguments: [(["demo"], ScoreFormat.text), (["demo", "--format", "jsonl"], .jsonl), (["demo", "--format=csv"], .csv)])
  func readsTheCaseOrTheDefault(words: [String], expected: ScoreFormat) throws {
    let arguments = try parser.parse(words).arguments
    #expect(try arguments.choice("format", default: ScoreFormat.text) == expected)
  }

  @Test func aTypoIsAUsageErrorListingTheChoices() {
    #expect(throws: UsageError.invalidValue("jsnol", option: "format", command: "demo", choices: ["text", "csv", "jsonl"])) {
      try parser.parse(["demo", "--format", "jsnol"])
    }
    let message = "\(UsageError.invalidValue("jsnol", option: "format", command: "demo", choices: ["text", "csv", "jsonl"]))"
    #expect(message == "demo: 'jsnol' is not a valid value for '--format' (did you mean 'jsonl'?) (choose from text, csv, jsonl)")
  }

  @Test func aValueOutsideTheEnumIsRefusedEvenWhenTheSpecAllowedIt() throws {
    var arguments = ParsedArguments(command: "demo")
    arguments.values["format"] = ["tsv"]
    #expect(throws: UsageError.invalidValue("tsv", option: "format", command: "demo", choices: ["text", "csv", "jsonl"])) {
      try arguments.choice("format", default: ScoreFormat.text)
    }
    #expect(try ParsedArguments(command: "demo").choice("format") as ExportFormat? == nil)
  }
}
