import Foundation
import SlantTerminal
import SlantTestSupport
import Testing

/// Human-facing output fits the terminal it is shown on, at word boundaries with hanging
/// indents; piped, the same output keeps whole lines for grep.
@Suite struct TerminalWidthTests {
  /// What `slant arguments` shows on a terminal `columns` wide, as lines without colour.
  func shownLines(_ arguments: [String], columns: UInt16) throws -> [String] {
    let terminal = try PseudoTerminal(
      executable: PseudoTerminal.builtProduct("slant"), arguments: arguments, columns: columns, directory: PseudoTerminal.repository)
    let end = try terminal.waitForExit(timeout: 30)
    #expect(end.status == 0)
    let text = DisplayWidth.withoutEscapes(String(decoding: terminal.output, as: UTF8.self))
    // A progress bar redraws in place after a carriage return: each drawing is a line of its own.
    return text.replacingOccurrences(of: "\r\n", with: "\n").split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
      .map(String.init)
  }

  @Test(arguments: [["score", "seeds"], ["help", "score"], ["lexicon", "list"], ["sentences", "corpus"], ["compare", "corpus", "--align"]])
  func everyLineFitsASeventyColumnTerminal(arguments: [String]) throws {
    let lines = try shownLines(arguments, columns: 70)
    let wide = lines.filter { DisplayWidth.columns(of: $0) > 70 }
    #expect(wide.isEmpty, "\(wide.count) lines wider than 70: \(wide.prefix(3))")
    #expect(lines.count > 10)
  }

  @Test func aScoredSentenceHangsUnderItsTextOnATerminalAndStaysWholeInAPipe() throws {
    let lines = try shownLines(["score", "seeds"], columns: 70)
    let first = try #require(lines.firstIndex { $0.hasPrefix("   0  neutral       Pakistan prime minister") })
    #expect(lines[first + 1].hasPrefix(String(repeating: " ", count: 20)) && lines[first + 1].dropFirst(20).first != " ")
    let piped = Process()
    piped.executableURL = URL(fileURLWithPath: PseudoTerminal.builtProduct("slant"))
    piped.arguments = ["score", "seeds"]
    piped.currentDirectoryURL = URL(fileURLWithPath: PseudoTerminal.repository)
    piped.environment = ProcessInfo.processInfo.environment.filter { $0.key != "COLUMNS" }
    let pipe = Pipe()
    piped.standardOutput = pipe
    piped.standardError = FileHandle.nullDevice
    try piped.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    piped.waitUntilExit()
    #expect(output.contains("   0  neutral       Pakistan prime minister Imran Khan will embark on a two-day trip to Russia on Wednesday.\n"))
  }
}
