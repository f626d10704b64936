import Testing
@testable import SlantCore

/// The one entry a sentence's support label rests on: the entry whose removal would change it.
@Suite struct SoleSupportEntryTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    reckless
    brutal
    [absolute] Absolutes.
    always
    [booster] Boosters.
    of course
    [hedge] Hedges.
    may
    """, path: "t.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])

  func entry(_ text: String) throws -> String? {
    let sentence = try #require(scorer.score(Document(id: DocumentID(path: "t.txt"), text: text)).sentences.first)
    return SoleSupportEntry.entry(of: sentence).map(\.term)
  }

  @Test(arguments: [
    // A booster or an absolute beside a loaded word decides nothing: the label rests on the word.
    ("Of course, the plan was always reckless.", "reckless" as String?),
    ("The plan was reckless.", "reckless"),
    ("The reckless plan was brutal.", nil),
    ("The plan may be reckless.", "may"),
    ("The plan was always late.", nil),
  ])
  func aLabelRestsOnTheEntryWithoutWhichItWouldChange(text: String, term: String?) throws {
    #expect(try entry(text) == term)
  }
}
