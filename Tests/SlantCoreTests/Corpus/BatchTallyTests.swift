import SlantCore
import Testing

/// The one closing line and outcome of every batch command.
@Suite struct BatchTallyTests {
  @Test(arguments: [
    (BatchTally(read: 3), "3 documents, 0 skipped, 0.0 s", BatchTally.Outcome.complete),
    (BatchTally(read: 1, skipped: 1, sentences: 1), "1 document, 1 sentence, 1 skipped, 0.0 s", .partial),
    (BatchTally(read: 5, skipped: 2, sentences: 120), "5 documents, 120 sentences, 2 skipped, 0.0 s", .partial),
    (BatchTally(read: 0, skipped: 3), "0 documents, 3 skipped, 0.0 s", .nothingRead),
    (BatchTally(), "0 documents, 0 skipped, 0.0 s", .nothingRead),
  ])
  func theSummaryLineCountsAndTheOutcomeFollows(tally: BatchTally, summary: String, outcome: BatchTally.Outcome) {
    #expect(tally.summary(seconds: 0.04) == summary)
    #expect(tally.outcome == outcome)
  }

  @Test func timeIsGivenToATenthOfASecond() {
    #expect(BatchTally(read: 2).summary(seconds: 12.36) == "2 documents, 0 skipped, 12.4 s")
  }
}
