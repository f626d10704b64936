import Testing
import SlantCore

/// The article's frame weighs the headline and the lead as coders read them, and names the
/// runner-up only when it comes close.
@Suite struct ArticleFrameDeciderTests {
  static let lexicon = LexiconParser().parse(
    """
    [frame.economic] Economic.
    taxpayers | weight 2
    [frame.crime] Crime.
    murder | weight 2
    [frame.health] Health.
    hospital | weight 2
    """, path: "lexicons/frames.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])

  func scored(title: String?, body: String) -> ScoredDocument {
    scorer.score(Document(id: DocumentID(path: "a.txt"), text: body, metadata: DocumentMetadata(title: title)))
  }

  @Test func theHeadlineAndTheLeadOutweighTheRest() throws {
    // Four crime sentences late in the article against an economic headline and lead.
    let body = "Taxpayers will pay. Taxpayers again. Nothing here. A murder. A murder. A murder. A murder."
    let frame = scored(title: "Taxpayers face the bill", body: body).frame
    #expect(try #require(frame.primary).name == "economic")
    let untitled = scored(title: nil, body: "Nothing here. Nothing here. Nothing here. " + body).frame
    #expect(try #require(untitled.primary).name == "crime", "without a headline and with a quiet lead, the body decides")
  }

  @Test func theRunnerUpIsGivenOnlyWhenClose() throws {
    let close = scored(title: nil, body: "Taxpayers will pay. The hospital is full.").frame
    #expect(close.primary?.name == "economic" && close.runnerUp?.name == "health")
    #expect(abs(try #require(close.primary).probability - 0.5) < 1e-9)
    let clear = scored(title: "Taxpayers face the bill", body: "Taxpayers will pay. Taxpayers again. The hospital is full.").frame
    #expect(clear.primary?.name == "economic" && clear.runnerUp == nil)
    #expect(clear.summary.hasPrefix("economic 0."))
  }

  @Test func anArticleWithoutFrameCuesHasNone() {
    let frame = scored(title: "Quiet day", body: "Nothing happened. Nobody came.").frame
    #expect(frame.primary == nil && frame.runnerUp == nil && frame.summary == "none")
  }
}
