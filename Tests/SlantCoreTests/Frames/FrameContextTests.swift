import Testing
import SlantCore

/// Where a frame cue stands in its sentence and among its neighbours: a leading clause counts
/// half against the main clause, and a sentence with no cues of its own takes its neighbours' frame.
@Suite struct FrameContextTests {
  static let lexicon = LexiconParser().parse(
    """
    [frame.economic] Economic.
    taxpayers | weight 2
    cost
    [frame.political] Political.
    senators | weight 1.5
    vote
    [frame.crime] Crime.
    murder | weight 2
    """, path: "lexicons/frames.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])

  func frames(_ text: String) -> [FrameChoice?] {
    scorer.score(Document(id: DocumentID(path: "t.txt"), text: text)).sentences.map(\.frame)
  }

  @Test func aLeadingClauseCountsLessThanTheMainClause() throws {
    // Economic 3 against political 2.5, but the economic cues stand in the *Although* clause.
    let leading = try #require(frames("Although the plan will cost taxpayers, senators backed it in a vote.").first ?? nil)
    #expect(leading.name == "political")
    let trailing = try #require(frames("Senators backed it in a vote, although the plan will cost taxpayers.").first ?? nil)
    #expect(trailing.name == "economic", "a clause after the main one is no leading clause")
    let noComma = try #require(frames("Although the plan will cost taxpayers senators backed it in a vote.").first ?? nil)
    #expect(noComma.name == "economic", "without its comma the clause has no end")
  }

  @Test func aQuotationThatIsMostOfTheSentenceCountsInFull() throws {
    // Economic 2 against political 1.5: the quotation is what the sentence reports.
    let reported = try #require(frames("“Taxpayers will have to pay for every part of it,” the senators said.").first ?? nil)
    #expect(reported.name == "economic")
    // The same cue in a short quoted aside counts half: 1 against 1.5.
    let aside = try #require(frames("The senators, speaking for hours on the floor of the chamber, called it a “taxpayers” plan.").first ?? nil)
    #expect(aside.name == "political")
  }

  @Test func aSentenceWithoutCuesTakesItsNeighboursFrameWithALowerProbability() throws {
    let scored = frames("The murder shocked the town. Nobody slept that night.")
    let own = try #require(scored[0]), carried = try #require(scored[1])
    #expect(own.name == "crime" && carried.name == "crime")
    #expect(carried.probability < own.probability)
    // Each says what decided it, and the text views say so for the one no entry of its own names.
    #expect(own.basis == .cues && carried.basis == .neighbours)
    #expect(!own.summary.contains("around") && carried.summary.hasSuffix(", from the sentences around it"))
    #expect(frames("Nobody slept that night.") == [nil])
  }

  @Test func aSentencesOwnCueOutweighsItsNeighbours() {
    let scored = frames("The murder shocked the town. Taxpayers will pay.")
    #expect(scored.map { $0?.name } == ["crime", "economic"])
    #expect(scored.map { $0?.basis } == [.cues, .cues])
  }

  @Test func onlyTheAdjacentSentencesCount() {
    let scored = frames("The murder shocked the town. Nobody slept that night. The rain stopped at dawn.")
    #expect(scored.map { $0?.name } == ["crime", "crime", nil])
  }
}
