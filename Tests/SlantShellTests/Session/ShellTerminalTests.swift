import Foundation
import SlantCore
import SlantTerminal
import SlantTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `slant shell` on a pseudo-terminal, typed at as a person would: the prompt, history, editing,
/// Tab completion of commands, labels, categories and documents, Ctrl-C, one-key review, and the
/// terminal put back as it was.
@Suite struct ShellTerminalTests {
  enum Keys {
    static let up = "\u{1B}[A", controlA = "\u{01}", controlC = "\u{03}", controlD = "\u{04}", controlU = "\u{15}"
  }

  let scratch: ScratchFolder
  var workspace: String { scratch.path }

  init() throws {
    scratch = try ScratchFolder("slant-shell-pty")
    let manager = FileManager.default
    try manager.createDirectory(atPath: workspace + "/annotations", withIntermediateDirectories: true)
    for folder in ["seeds", "lexicons"] { try manager.copyItem(atPath: PseudoTerminal.repository + "/" + folder, toPath: workspace + "/" + folder) }
    try manager.copyItem(atPath: PseudoTerminal.repository + "/annotations/labels.txt", toPath: workspace + "/annotations/labels.txt")
  }

  /// The shell on a new terminal, waited for until its first prompt.
  func startShell(columns: UInt16 = 100) throws -> PseudoTerminal {
    let terminal = try PseudoTerminal(
      executable: PseudoTerminal.builtProduct("slant"), arguments: ["shell"], columns: columns, environment: ["SLANT_ANNOTATOR": "tester"],
      directory: workspace)
    try terminal.waitFor(text: " annotated")
    try terminal.waitFor(text: "> ")
    return terminal
  }

  func sidecar() throws -> Sidecar {
    let path = workspace + "/annotations/seeds/000_fd96b963aaaca4c1.json"
    return try SidecarFormat.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
  }

  @Test func promptShowsWhereYouAreAndCtrlDLeavesWithTheTerminalRestored() throws {
    let terminal = try startShell()
    #expect(!terminal.isCooked)
    terminal.send("next\r")
    try terminal.waitFor(text: "sentence 1 of 0-13")
    try terminal.waitFor(text: "News18 1/2 · s1/14 · 0 annotated")
    terminal.send(Keys.controlD)
    let end = try terminal.waitForExit()
    #expect(end.reason == .exit && end.status == 0)
    #expect(terminal.isCooked)
  }

  @Test func tabCompletesCommandsLabelsCategoriesAndDocuments() throws {
    let terminal = try startShell()
    terminal.send("lab\t")
    try terminal.waitFor(text: "label ")
    terminal.send("2 lo\t")
    try terminal.waitFor(text: "loaded ")
    terminal.send("\r")
    try terminal.waitFor(text: "labelled seeds/000_fd96b963aaaca4c1.txt sentence 2 [loaded]")
    try terminal.waitFor(text: "1 annotated")
    terminal.send("find loaded.neg\t")
    try terminal.waitFor(text: "loaded.negative ")
    terminal.send("--limit 1\r")
    try terminal.waitFor(text: "8 matches in 2 documents")
    terminal.send("open seeds/003\t")
    try terminal.waitFor(text: "seeds/003_2ff4c70e4ea9fa7c.txt ")
    terminal.send("\r")
    try terminal.waitFor(text: "The Daily Guardian, sentence 0 of 0-12")
    terminal.send("lexicon a\t")
    try terminal.waitFor(text: "lexicon add ")
    terminal.send("scare-q\t")
    try terminal.waitFor(text: "scare-quote ")
    terminal.send("soi-disant\r")
    try terminal.waitFor(text: "added 'soi-disant' to scare-quote at lexicons/news/scare-quotes.txt:")
    terminal.send("quit\r")
    #expect(try terminal.waitForExit().status == 0)
    #expect(try sidecar().annotations.map(\.labels) == [["loaded"]])
  }

  @Test func upRecallsHistoryAndEditingKeysAndCtrlCWorkOnTheLine() throws {
    let terminal = try startShell()
    terminal.send("goto 3\r")
    try terminal.waitFor(text: "sentence 3 of 0-13")
    try terminal.waitFor(text: "> ")
    terminal.send("next\r")
    try terminal.waitFor(text: "sentence 4 of 0-13")
    try terminal.waitFor(text: "> ")
    terminal.send(Keys.up + Keys.up + "\r")
    try terminal.waitFor(text: "sentence 3 of 0-13")
    try terminal.waitFor(text: "> ")
    terminal.send("nonsense" + Keys.controlC)
    try terminal.waitFor(text: "^C")
    terminal.send("how 5" + Keys.controlA + "s\r")
    try terminal.waitFor(text: "sentence 5 of 0-13")
    try terminal.waitFor(text: "> ")
    terminal.send("label 6 neutral" + Keys.controlU + "label 6 loaded\r")
    try terminal.waitFor(text: "sentence 6 [loaded]")
    terminal.send("quit\r")
    let end = try terminal.waitForExit()
    #expect(end.status == 0)
    #expect(!String(decoding: terminal.output, as: UTF8.self).contains("unknown command"))
    #expect(terminal.isCooked)
    let history = try String(contentsOfFile: workspace + "/.slant/history", encoding: .utf8)
    #expect(history == "goto 3\nnext\ngoto 3\nshow 5\nlabel 6 loaded\nquit\n")
  }

  @Test func reviewTakesOneKeyWithoutEnter() throws {
    let terminal = try startShell()
    terminal.send("review\r")
    try terminal.waitFor(text: "a r s u q ? or a label key: ")
    terminal.send("a")
    try terminal.waitFor(text: "accepted hedged for seeds/000_fd96b963aaaca4c1.txt sentence 1")
    try terminal.waitFor(text: "label key: ")
    terminal.send("q")
    try terminal.waitFor(text: "review: 1 accepted, 0 rejected, 0 labelled, 0 skipped")
    try terminal.waitFor(text: "> ")
    #expect(!terminal.isCooked)
    terminal.send(Keys.controlD)
    #expect(try terminal.waitForExit().status == 0)
    #expect(terminal.isCooked)
    #expect(try sidecar().annotations.map(\.origin.kind) == ["suggestion"])
  }

  @Test func reviewForgivesAsksAgainUndoesCountsAndResumesInANarrowTerminal() throws {
    let terminal = try startShell(columns: 60)
    terminal.send("review\r")
    let legend = try terminal.waitFor(text: "review 1/22, 21 left after this")
    let lines = DisplayWidth.withoutEscapes(legend).replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("label keys: 1\u{A0}loaded") })
    #expect(lines.allSatisfy { DisplayWidth.columns(of: $0.split(separator: "\r").last ?? "") <= 60 }, "the key legend fits 60 columns")
    try terminal.waitFor(text: "label key: ")
    terminal.send("x")
    try terminal.waitFor(text: "'x' is no answer")
    terminal.send("a")
    try terminal.waitFor(text: "accepted hedged for seeds/000_fd96b963aaaca4c1.txt sentence 1")
    try terminal.waitFor(text: "review 2/22, 20 left after this")
    terminal.send("u")
    try terminal.waitFor(text: "undid: accepted hedged for seeds/000_fd96b963aaaca4c1.txt sentence 1")
    try terminal.waitFor(text: "review 1/22, 21 left after this")
    terminal.send("r")
    try terminal.waitFor(text: "rejected hedged for seeds/000_fd96b963aaaca4c1.txt sentence 1")
    try terminal.waitFor(text: "label key: ")
    terminal.send("q")
    try terminal.waitFor(text: "review: 0 accepted, 1 rejected, 0 labelled, 0 skipped")
    try terminal.waitFor(text: "> ")
    terminal.send(Keys.controlD)
    #expect(try terminal.waitForExit().status == 0)
    #expect(try sidecar().annotations.map(\.note) == ["rejected the scorer's hedged"])
    let again = try startShell(columns: 60)
    let reopened = String(decoding: again.output, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    #expect(reopened.contains("  reopened at seeds/000_fd96b963aaaca4c1.txt sentence 2,\n  where you stopped\n"), "fitted to 60 columns")
    again.send("review\r")
    try again.waitFor(text: "review 1/21, 20 left after this")
    try again.waitFor(text: "sentence 2 of 0-13")
  }
}
