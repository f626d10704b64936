import Testing
@testable import SlantCore

/// The tally counts words from the token lists the scorer kept, a list per stretch; the counts
/// must be those of tokenizing the body again, whatever the stretches.
@Suite struct DocumentTallyTokensTests {
  static let text = """
    The minister said the dam's gates opened at 6 a.m. on Tuesday.

    "We will not back down," she said. Critics say the so-called reform is deeply unfair.

    Zürich’s café owners said “no” — a 5% rise in 2024 and 2024 again.
    """

  @Test(arguments: [Int.max, 1])
  func keptTokensGiveTheSameTallyAsTokenizingAgain(stretchBytes: Int) {
    let document = Document(id: DocumentID(path: "a.txt"), text: Self.text)
    let scorer = Scorer(lexicons: [])
    let kept = scorer.score(document, stretchBytes: stretchBytes, keepingTokens: true)
    #expect(kept.bodyTokens.count == (stretchBytes == 1 ? 3 : 1))
    let again = DocumentTally(scored: scorer.score(document, stretchBytes: stretchBytes))
    let tally = DocumentTally(scored: kept)
    #expect(tally.tokens == again.tokens && tally.tokens > 30)
    #expect(tally.words == again.words && tally.words["2024"] == 2)
    #expect(AlignmentSentence.sentences(of: kept) == AlignmentSentence.sentences(of: scorer.score(document)))
  }
}
