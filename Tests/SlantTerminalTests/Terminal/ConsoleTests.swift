import Testing
import SlantTerminal

@Suite struct ConsoleTests {
  @Test(arguments: [
    (true, [:], true),
    (false, [:], false),
    (true, ["NO_COLOR": ""], false),
    (true, ["NO_COLOR": "1"], false),
    (true, ["TERM": "dumb"], false),
    (true, ["TERM": "xterm-256color"], true),
  ] as [(Bool, [String: String], Bool)])
  func colourOnlyOnATerminalWithoutNoColor(isTerminal: Bool, environment: [String: String], expected: Bool) {
    #expect(Console.usesColor(isTerminal: isTerminal, environment: environment) == expected)
  }

  @Test func memorySinkKeepsWhatIsWritten() {
    let console = Console.capturing()
    console.output.write("data\n")
    console.report("talk")
    #expect(console.output.captured == "data\n")
    #expect(console.errors.captured == "slant: talk\n")
  }
}
