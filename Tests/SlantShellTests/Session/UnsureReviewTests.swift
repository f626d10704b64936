import Foundation
import SlantCLI
import SlantCore
@testable import SlantShell
import SlantTestSupport
import Testing

/// `review unsure` walks the sentences the model is least sure of first, so that each answer
/// teaches the most.
@Suite struct UnsureReviewTests {
  let folder: ScratchFolder
  let context: CommandContext
  var lexicons = ParsedArguments(command: "shell")

  init() throws {
    folder = try ScratchFolder("slant-unsure")
    try FileManager.default.copyItem(atPath: PseudoTerminal.repository + "/seeds", toPath: folder.path + "/seeds")
    lexicons.values["lexicons"] = [PseudoTerminal.repository + "/lexicons"]
    context = CommandContext(console: .capturing(width: 100), workspace: folder.path)
  }

  @Test func visitsSentencesNearestOneHalfFirstAndLabelsThem() throws {
    // Two answers: label the first sentence shown loaded, skip the second, then quit.
    var session = try Session(
      paths: [folder.path + "/seeds"], context: context, annotator: "tester", lexiconArguments: lexicons, input: ScriptedInput(["1", "s", "q"]))
    let expected = session.unsureOrder()
    // The order by hand: every sentence of both seeds by |P(biased) - 0.5|, reading order on ties.
    let scorer = try context.scorer(lexicons).scorer
    var all: [(position: (Int, Int), distance: Double)] = []
    for (index, path) in ["seeds/000_fd96b963aaaca4c1.txt", "seeds/003_2ff4c70e4ea9fa7c.txt"].enumerated() {
      let document = try context.document(named: folder.path + "/" + path, command: "test")
      for sentence in scorer.score(document).sentences {
        let probability = try #require(ScorerEvaluation.Decision.probabilities(sentence.probabilities).probabilities["biased"])
        all.append(((index, sentence.sentence.index), abs(probability - 0.5)))
      }
    }
    let byHand = all.enumerated().sorted { ($0.element.distance, $0.offset) < ($1.element.distance, $1.offset) }.map(\.element.position)
    #expect(expected.map { [$0.document, $0.sentence] } == byHand.map { [$0.0, $0.1] })
    #expect(expected.count == 27)

    session.handle("review unsure")
    #expect(session.failedCommands == 0)
    let first = expected[0]
    let snapshot = try context.annotationStore().load(session.documents[first.document].document.id)
    #expect(snapshot.sidecar.annotations.map(\.labels) == [["loaded"]])
    #expect(snapshot.sidecar.annotations.first?.target.sentenceIndex == first.sentence)
    #expect(context.console.output.captured.contains("review: 0 accepted, 0 rejected, 1 labelled, 1 skipped"))
    // Answered sentences leave the queue.
    #expect(session.unsureOrder().count == 26)
  }

  @Test func refusesAnotherOrder() throws {
    var session = try Session(paths: [folder.path + "/seeds"], context: context, annotator: "tester", lexiconArguments: lexicons, input: ScriptedInput([]))
    session.handle("review sideways")
    #expect(session.failedCommands == 1)
    #expect(context.console.errors.captured.contains("review takes 'unsure' or nothing, not 'sideways'"))
  }
}
