import SlantCore
import Testing

/// The one closing line and outcome of every batch command.
@Suite struct BatchTallyTests {
  @Test func nothingSkippedSaysNothing() {
    #expect(BatchTally(read: 3).summary == nil)
    #expect(BatchTally(read: 3).outcome == .complete)
    #expect(BatchTally().outcome == .complete)
  }

  @Test(arguments: [
    (BatchTally(read: 1, skipped: 1), "skipped 1 bad input, read 1 document", BatchTally.Outcome.partial),
    (BatchTally(read: 5, skipped: 2), "skipped 2 bad inputs, read 5 documents", .partial),
    (BatchTally(read: 0, skipped: 3), "skipped 3 bad inputs, read 0 documents", .nothingRead),
  ])
  func skippedInputsAreCountedAndDecideTheOutcome(tally: BatchTally, summary: String, outcome: BatchTally.Outcome) {
    #expect(tally.summary == summary)
    #expect(tally.outcome == outcome)
  }
}
