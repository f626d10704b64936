import SlantCore
import SlantTestSupport
import Testing

/// Profiles from primary frames on a written two-outlet corpus: one outlet frames its stories
/// by money, the other by crime, so the shares, the article frames and the distinguishing frames
/// are known.
@Suite struct FrameProfileTests {
  func tally(_ outlet: String, _ number: Int, _ body: String) -> DocumentTally { FrameTallies().tally(outlet, number, body) }

  var corpus: [DocumentTally] {
    (0..<6).map { tally("Ledger", $0, "Taxpayers pay. Taxpayers pay again. A murder. Nothing.") }
      + (0..<6).map { tally("Wire", $0, "A murder. Another murder. Taxpayers pay. Nothing.") }
  }

  @Test func sharesOfArticlesAndSentencesByPrimaryFrame() throws {
    let profiles = FrameProfile.profiles(corpus, grouping: .outlet, bootstrap: Bootstrap(replicates: 200))
    #expect(profiles.map(\.group) == ["Ledger", "Wire"])
    let ledger = profiles[0]
    #expect(ledger.documents == 6 && ledger.sentences == 24)
    let economic = try #require(ledger.shares.first { $0.frame == "frame.economic" })
    #expect(economic.sentences.count == 12 && economic.sentences.total == 24 && economic.sentences.share == 0.5)
    #expect(economic.articles.count == 6 && economic.articles.share == 1)
    #expect(economic.sentences.method == .documentBootstrap)
    // Every article is alike, so the bootstrap over documents has nothing to vary.
    #expect(economic.sentences.lower == 0.5 && economic.sentences.upper == 0.5)
    #expect(ledger.shares.map(\.frame) == ["frame.economic", "frame.crime"], "most sentences first")
    #expect(ledger.article == nil, "a group of several documents has no single article frame")
  }

  @Test func theFramesThatSetAGroupApart() throws {
    let profiles = FrameProfile.profiles(corpus, grouping: .outlet, bootstrap: Bootstrap(replicates: 200))
    let ledger = profiles[0].distinguishing
    #expect(ledger.map(\.frame) == ["frame.crime", "frame.economic"] || ledger.map(\.frame) == ["frame.economic", "frame.crime"])
    let economic = try #require(ledger.first { $0.frame == "frame.economic" })
    #expect(abs(economic.difference - 0.25) < 1e-9 && economic.lower > 0)
    let crime = try #require(profiles[1].distinguishing.first { $0.frame == "frame.crime" })
    #expect(abs(crime.difference - 0.25) < 1e-9)
  }

  @Test func mixedGroupsHaveIntervalsAndNoDistinguishingFrameWhenAlike() {
    let mixed = (0..<5).flatMap { number in
      [tally("A", number, number.isMultiple(of: 2) ? "Taxpayers pay." : "A murder."), tally("B", number, number.isMultiple(of: 2) ? "A murder." : "Taxpayers pay.")]
    }
    let profiles = FrameProfile.profiles(mixed, grouping: .outlet, bootstrap: Bootstrap(replicates: 500))
    let share = profiles[0].shares.first { $0.frame == "frame.economic" }!.sentences
    #expect(share.share == 0.6 && (share.lower ?? 1) < 0.6 && (share.upper ?? 0) > 0.6)
    #expect(profiles.allSatisfy { $0.distinguishing.isEmpty }, "a 20-point gap over five documents each is within chance")
  }

  @Test func aSingleDocumentGivesItsArticleFrameAndNoInterval() throws {
    let profiles = FrameProfile.profiles([tally("Ledger", 0, "Taxpayers pay. A murder. Taxpayers again.")], grouping: .document)
    let profile = try #require(profiles.first)
    #expect(profile.article?.primary?.category == "frame.economic")
    let share = try #require(profile.shares.first?.sentences)
    #expect(share.lower == nil && share.upper == nil, "one article's sentences are not independent: no Wilson interval over them")
  }
}
