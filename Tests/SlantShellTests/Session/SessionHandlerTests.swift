import Foundation
import SlantCLI
import SlantCore
import SlantShell
import SlantTestSupport
import Testing

/// The shell driven in process, a line at a time through `Session.handle(_:)`: what it prints,
/// what it saves, and how it counts failed lines, without a child process.
@Suite struct SessionHandlerTests {
  static let document = "seeds/000_fd96b963aaaca4c1.txt"
  let folder: ScratchFolder
  var session: Session

  init() throws {
    folder = try ScratchFolder("slant-session")
    try FileManager.default.copyItem(atPath: PseudoTerminal.repository + "/seeds", toPath: folder.path + "/seeds")
    var lexicons = ParsedArguments(command: "shell")
    lexicons.values["lexicons"] = [PseudoTerminal.repository + "/lexicons"]
    let context = CommandContext(console: .capturing(width: 100), workspace: folder.path)
    session = try Session(paths: [folder.path + "/seeds"], context: context, annotator: "tester", lexiconArguments: lexicons, input: ScriptedInput([]))
  }

  var output: String { session.context.console.output.captured }
  var errors: String { session.context.console.errors.captured }

  func sidecar() throws -> Sidecar? {
    let snapshot = try session.context.annotationStore().load(DocumentID(path: Self.document))
    return snapshot.exists ? snapshot.sidecar : nil
  }

  @Test mutating func aLabelIsSavedAtOnceAndUndoTakesItBack() throws {
    session.handle("label 1 loaded")
    #expect(errors == "" && session.failedCommands == 0)
    #expect(output.contains("\(Self.document) sentence 1 [loaded]"))
    let saved = try #require(try sidecar())
    #expect(saved.annotations.map(\.labels) == [["loaded"]] && saved.annotations[0].annotator == "tester")
    #expect(saved.annotations[0].target.sentenceIndex == 1)
    session.handle("undo")
    #expect(errors == "" && session.failedCommands == 0)
    #expect(try sidecar()?.annotations.isEmpty ?? true)
  }

  @Test mutating func brokenRulesPrintOneLineEachAndAreCounted() throws {
    session.handle("label 1 lodaed")
    session.handle("show 99")
    session.handle("span zebra loaded")
    #expect(
      errors == """
        slant: unknown label 'lodaed' (did you mean 'loaded'?); the labels are listed in annotations/labels.txt
        slant: \(Self.document) has sentences 0-13, not 99
        slant: 'zebra' is not in sentence 0; 'show' prints it

        """)
    #expect(session.failedCommands == 3)
    #expect(try sidecar() == nil)
  }
}
