import Foundation
import SlantTerminal
import SlantTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Drives `line-editor-probe` (a `LineEditor` that echoes `got: <line>`) through a
/// pseudo-terminal, as a person would type at it.
@Suite struct LineEditorTerminalTests {
  enum Keys {
    static let left = "\u{1B}[D", right = "\u{1B}[C", up = "\u{1B}[A", down = "\u{1B}[B"
    static let home = "\u{1B}[H", end = "\u{1B}[F", delete = "\u{1B}[3~", backspace = "\u{7F}"
    static func control(_ letter: Character) -> String { String(UnicodeScalar(letter.asciiValue! - 0x60)) }
  }

  let folder: ScratchFolder
  var scratch: String { folder.path }

  init() throws { folder = try ScratchFolder("slant-editor") }

  var historyPath: String { scratch + "/.slant/history" }

  /// The probe on a new terminal, waited for until its first prompt is drawn.
  func startProbe(columns: UInt16 = 80) throws -> PseudoTerminal {
    let terminal = try PseudoTerminal(executable: PseudoTerminal.builtProduct("line-editor-probe"), arguments: [historyPath], columns: columns)
    try terminal.waitFor(text: "> ")
    return terminal
  }

  /// Types `keys` then Enter and returns the line the probe got, once the next prompt is drawn
  /// (keys typed before it would meet the terminal's own line editing).
  func enter(_ keys: String, on terminal: PseudoTerminal) throws -> String {
    terminal.send(keys + "\r")
    try terminal.waitFor(text: "got: ")
    let line = try terminal.waitFor(text: "\r\n")
    try terminal.waitFor(text: "> ")
    return String(line[..<line.range(of: "\r\n", options: .backwards)!.lowerBound])
  }

  @Test func typingAndEnterReadsTheLineInRawModeAndCtrlDOnAnEmptyLineExitsZero() throws {
    let terminal = try startProbe()
    #expect(!terminal.isCooked)
    #expect(try enter("hello world", on: terminal) == "hello world")
    terminal.send(Keys.control("d"))
    let end = try terminal.waitForExit()
    #expect(end.reason == .exit && end.status == 0)
    #expect(terminal.isCooked)
  }

  @Test func arrowsMoveAndTypingInsertsInTheMiddle() throws {
    let terminal = try startProbe()
    #expect(try enter("wrld" + Keys.left + Keys.left + Keys.left + "o", on: terminal) == "world")
    #expect(try enter("ac" + Keys.left + "b" + Keys.right + "d", on: terminal) == "abcd")
    #expect(try enter("ab" + Keys.left + Keys.control("d"), on: terminal) == "a")
  }

  @Test func homeEndAndControlKeysEditTheLine() throws {
    let terminal = try startProbe()
    #expect(try enter("world" + Keys.home + "hello " + Keys.end + "!", on: terminal) == "hello world!")
    #expect(try enter("middle" + Keys.control("a") + "[" + Keys.control("e") + "]", on: terminal) == "[middle]")
    #expect(try enter("keep this" + Keys.control("a") + Keys.right + Keys.right + Keys.right + Keys.right + Keys.control("k"), on: terminal) == "keep")
    #expect(try enter("drop keep" + Keys.left + Keys.left + Keys.left + Keys.left + Keys.control("u"), on: terminal) == "keep")
    #expect(try enter("one two three" + Keys.control("w") + "3", on: terminal) == "one two 3")
  }

  @Test func backspaceAndDeleteRemoveWholeMultiByteCharacters() throws {
    let terminal = try startProbe()
    #expect(try enter("café" + Keys.backspace + "e", on: terminal) == "cafe")
    #expect(try enter("“quoted”" + Keys.home + Keys.delete + Keys.end + Keys.backspace, on: terminal) == "quoted")
    #expect(try enter("it’s" + Keys.left + Keys.backspace, on: terminal) == "its")
    #expect(try enter("né" + Keys.left + Keys.delete + "e", on: terminal) == "ne")
  }

  @Test func upAndDownRecallHistoryAcrossARestart() throws {
    let first = try startProbe()
    for line in ["first", "second", "third"] { #expect(try enter(line, on: first) == line) }
    first.send(Keys.control("d"))
    _ = try first.waitForExit()
    #expect(try String(contentsOfFile: historyPath, encoding: .utf8) == "first\nsecond\nthird\n")

    let second = try startProbe()
    #expect(try enter(Keys.up, on: second) == "third")
    #expect(try enter(Keys.up + Keys.up, on: second) == "second")
    #expect(try enter(Keys.up + Keys.up + Keys.up + Keys.down, on: second) == "third")
    #expect(try enter("typed" + Keys.up + Keys.down, on: second) == "typed")
    #expect(try enter("f" + Keys.up, on: second) == "first")
  }

  @Test func ctrlRFindsAnOlderLineByWhatItContains() throws {
    let terminal = try startProbe()
    for line in ["label 3 loaded", "note 2 careful", "next"] { _ = try enter(line, on: terminal) }
    terminal.send(Keys.control("r") + "lab")
    try terminal.waitFor(text: "(reverse-i-search)`lab': label 3 loaded")
    #expect(try enter("", on: terminal) == "label 3 loaded")
    #expect(try enter(Keys.control("r") + "n" + Keys.control("r") + Keys.end + "!", on: terminal) == "note 2 careful!")
  }

  @Test func tabCompletesOneCandidateAndTheCommonPrefixOfSeveral() throws {
    let terminal = try startProbe()
    #expect(try enter("he\t", on: terminal) == "help ")
    #expect(try enter("né\t", on: terminal) == "négation ")
    terminal.send("la\t\t")
    let listed = try terminal.waitFor(text: "label   labels")
    #expect(listed.contains("> label\u{1B}[J"), "the completed word is drawn before the choices are listed")
    try terminal.waitFor(text: "> label")
    #expect(try enter("s", on: terminal) == "labels")
  }

  @Test func ctrlCClearsTheLineAndKeepsReading() throws {
    let terminal = try startProbe()
    terminal.send("abandoned" + Keys.control("c"))
    try terminal.waitFor(text: "abandoned^C")
    #expect(try enter("kept", on: terminal) == "kept")
    #expect(terminal.process.isRunning)
    #expect(!FileManager.default.contents(atPath: historyPath).map { String(decoding: $0, as: UTF8.self) }!.contains("abandoned"))
  }

  @Test func longLinesScrollWithinTheWidthReadAtEachRedraw() throws {
    let terminal = try startProbe(columns: 80)
    var size = winsize(ws_row: 24, ws_col: 20, ws_xpixel: 0, ws_ypixel: 0)
    #expect(ioctl(terminal.master, UInt(TIOCSWINSZ), &size) == 0)
    terminal.send("abcdefghijklmnopqrstuvwxyz0123")
    let drawn = try terminal.waitFor(text: "0123\u{1B}[J")
    #expect(drawn.hasSuffix("> tuvwxyz0123\u{1B}[J"))
    #expect(try enter("", on: terminal) == "abcdefghijklmnopqrstuvwxyz0123")
  }

  @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
  func aTerminatingSignalRestoresTheTerminalModesAndStillEndsTheProgram(signal: Int32) throws {
    let terminal = try startProbe()
    #expect(!terminal.isCooked)
    kill(terminal.process.processIdentifier, signal)
    let end = try terminal.waitForExit()
    #expect(end.reason == .uncaughtSignal && end.status == signal)
    #expect(terminal.isCooked)
  }

  @Test func pipedInputIsReadAsPlainLinesWithoutPromptOrEscapes() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: PseudoTerminal.builtProduct("line-editor-probe"))
    process.arguments = [historyPath]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data("one\ntwo words\r\n\u{1B}[A\nlast without end".utf8))
    try input.fileHandleForWriting.close()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(printed == "got: one\ngot: two words\ngot: \u{1B}[A\ngot: last without end\n")
    #expect(process.terminationStatus == 0)
    #expect(!FileManager.default.fileExists(atPath: historyPath))
  }
}
