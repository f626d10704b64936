import Foundation
import SlantCLI
import SlantCore
import SlantShell
import SlantTestSupport
import Testing

/// The review loop and the commands around it forgive mistakes, in process through
/// `Session.handle(_:)`: keys asked again, answers undone, locators `find` prints, notes on the
/// annotation they follow, and undo that asks before reaching into an earlier session.
@Suite struct ForgivingSessionTests {
  static let first = "seeds/000_fd96b963aaaca4c1.txt", second = "seeds/003_2ff4c70e4ea9fa7c.txt"
  let folder: ScratchFolder

  init() throws {
    folder = try ScratchFolder("slant-forgiving")
    try FileManager.default.copyItem(atPath: PseudoTerminal.repository + "/seeds", toPath: folder.path + "/seeds")
    try FileManager.default.createDirectory(atPath: folder.path + "/annotations", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: PseudoTerminal.repository + "/annotations/labels.txt", toPath: folder.path + "/annotations/labels.txt")
  }

  /// A session over the seeds whose one-key answers and lines come from `answers`.
  func session(annotator: String = "tester", answers: [String] = []) throws -> Session {
    var lexicons = ParsedArguments(command: "shell")
    lexicons.values["lexicons"] = [PseudoTerminal.repository + "/lexicons"]
    let context = CommandContext(console: .capturing(width: 80), workspace: folder.path)
    return try Session(paths: [folder.path + "/seeds"], context: context, annotator: annotator, lexiconArguments: lexicons, input: ScriptedInput(answers))
  }

  func sidecar(_ document: String = first) throws -> Sidecar? {
    let snapshot = try CommandContext(console: .capturing(), workspace: folder.path).annotationStore().load(DocumentID(path: document))
    return snapshot.exists ? snapshot.sidecar : nil
  }

  @Test func reviewAsksAgainOnAnUnknownKeyAndUndoesTheLastAnswer() throws {
    var shell = try session(answers: ["x", "a", "1", "u", "r", "q"])
    shell.handle("review")
    let output = shell.context.console.output.captured
    #expect(shell.context.console.errors.captured.contains("'x' is no answer"))
    #expect(output.contains("review 1/22, 21 left after this\n"))
    #expect(output.contains("undid: labelled \(Self.first) sentence 2 [loaded]\n"))
    #expect(output.contains("review: 1 accepted, 1 rejected, 0 labelled, 0 skipped\n"))
    let annotations = try #require(try sidecar()).annotations
    #expect(annotations.map(\.target.sentenceIndex) == [1, 2])
    #expect(annotations.map(\.origin.kind) == ["suggestion", "human"])
    #expect(annotations[1].note == "rejected the scorer's hedged" || annotations[1].labels.isEmpty)
  }

  @Test func reviewKeysNeverCollideWithLabelKeys() throws {
    try Data("1 loaded Loaded.\nS frame.security Security.\nq frame.other Other.\n".utf8)
      .write(to: URL(fileURLWithPath: folder.path + "/annotations/labels.txt"))
    var shell = try session(answers: ["S", "s", "q"])
    shell.handle("review")
    let output = shell.context.console.output.captured
    #expect(output.contains("label key 'S' (frame.security) is review's skip key; give it another in"))
    #expect(output.contains("label key 'q' (frame.other) is review's quit key; give it another in"))
    #expect(shell.context.console.errors.captured.contains("'S' is no answer"))
    #expect(output.contains("review: 0 accepted, 0 rejected, 0 labelled, 1 skipped\n"))
  }

  @Test func reviewResumesForEachAnnotatorWhereTheyStopped() throws {
    var ana = try session(annotator: "ana", answers: ["s", "s", "s", "q"])
    ana.handle("review")
    #expect(ana.context.console.output.captured.contains("review 3/22"))
    var anaAgain = try session(annotator: "ana", answers: ["q"])
    #expect(anaAgain.prompt.contains("s5/14"), "reopened at the fourth suggestion, where ana stopped")
    anaAgain.handle("review")
    let output = anaAgain.context.console.output.captured
    #expect(output.contains("review 1/22, 21 left after this\n\(Self.first) — News18, sentence 5 of 0-13"), "the skipped ones come round last")
    let ben = try session(annotator: "ben")
    #expect(ben.prompt.contains("s0/14"), "another annotator starts at the beginning")
  }

  @Test func gotoTakesTheLocatorFindPrints() throws {
    var shell = try session()
    shell.handle("goto 2:3")
    #expect(shell.context.console.output.captured.contains("\(Self.second) — The Daily Guardian, sentence 3 of 0-12"))
    #expect(shell.prompt.contains("2/2 · s3/13"))
    shell.handle("goto 1:99")
    #expect(shell.context.console.errors.captured == "slant: \(Self.first) has sentences 0-13, not 99\n")
  }

  @Test func aNoteAttachesToTheSpanItFollows() throws {
    var shell = try session()
    shell.handle("goto 2")
    shell.handle("span so-called scare-quote")
    shell.handle("note distances the writer")
    let annotations = try #require(try sidecar()).annotations
    #expect(annotations.count == 1)
    #expect(annotations[0].target.unit == .span && annotations[0].note == "distances the writer")
  }

  @Test func anUnknownCommandPointsToHelpAtThePrompt() throws {
    var shell = try session()
    shell.handle("nxt")
    #expect(shell.context.console.errors.captured == "slant: unknown command 'nxt' (did you mean 'next'?); see 'help'\n")
  }

  @Test func undoAsksBeforeTakingBackAChangeFromAnEarlierSession() throws {
    var earlier = try session()
    earlier.handle("label 2 loaded")
    var declined = try session(answers: ["n"])
    declined.handle("undo")
    #expect(declined.context.console.output.captured.contains(
      "the last change, 'labelled \(Self.first) sentence 2 [loaded]'\nin \(Self.first), was made in an earlier session\n"), "fitted to 80 columns")
    #expect(try sidecar()?.annotations.count == 1)
    var confirmed = try session(answers: ["y"])
    confirmed.handle("undo")
    #expect(confirmed.context.console.output.captured.hasSuffix("undid: labelled \(Self.first) sentence 2 [loaded]\n"))
    #expect(try sidecar()?.annotations.isEmpty ?? true)
    confirmed.handle("label 3 hedged")
    confirmed.handle("undo")
    #expect(confirmed.context.console.output.captured.hasSuffix("undid: labelled \(Self.first) sentence 3 [hedged]\n"), "this session's change needs no question")
  }

  @Test func adjudicateTakesTheKeysReviewTaught() throws {
    var ana = try session(annotator: "ana")
    ana.handle("label 2 loaded")
    var ben = try session(annotator: "ben")
    ben.handle("label 2 hedged")
    var curator = try session(annotator: "cy", answers: ["1 5"])
    curator.handle("adjudicate")
    #expect(curator.context.console.errors.captured == "")
    let resolved = try #require(try sidecar()).annotations.first { $0.annotator == "curator:cy" }
    #expect(resolved?.labels == ["loaded", "unsupported"])
  }
}
