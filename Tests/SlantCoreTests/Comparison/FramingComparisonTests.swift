import Testing
import SlantCore

@Suite struct FramingComparisonTests {
  let comparison = FramingComparison(tallies: CompareCorpus.tallies)

  func profile(_ name: String) throws -> OutletProfile { try #require(comparison.profiles.first { $0.name == name }) }

  @Test func oneProfilePerOutletSortedByName() {
    #expect(comparison.profiles.map(\.name) == ["Harbour Wire", "The Daily Clarion", "The Marlow Ledger"])
    #expect(comparison.profiles.map(\.documents) == [2, 2, 2])
    #expect(comparison.profiles.map(\.sentences) == [10, 12, 13])
  }

  @Test func totalsAreSumsOfTheScoredSentences() throws {
    for profile in comparison.profiles {
      let scored = CompareCorpus.documents.map(\.scored).filter { $0.document.outlet == profile.name }
      let sentences = scored.flatMap(\.sentences)
      #expect(profile.sentences == sentences.count)
      let loaded = sentences.flatMap(\.hits).filter(DocumentTally.isLoadedLanguage).count
      #expect(profile.loaded.events == loaded)
      #expect(profile.loadedOwnVoice + profile.loadedQuoted == loaded)
      for share in profile.support {
        #expect(share.estimate.count == sentences.count { $0.label.rawValue == share.label })
        #expect(share.estimate.total == sentences.count)
      }
    }
  }

  @Test func theLoadedOutletIsTheMostLoadedAndUnsupported() throws {
    let clarion = try profile("The Daily Clarion"), ledger = try profile("The Marlow Ledger"), wire = try profile("Harbour Wire")
    #expect(clarion.loaded.perThousand > 90)
    #expect(ledger.loaded.events == 0 && wire.loaded.events == 0)
    #expect(clarion.loaded.lower == nil && clarion.loaded.method == nil, "two documents: too few for an interval")
    let unsupported = try #require(clarion.share(.unsupported))
    #expect(unsupported.count == 9)
    #expect(unsupported.share > (try #require(ledger.share(.unsupported))).share)
    #expect(unsupported.lower == nil && unsupported.upper == nil && unsupported.method == nil)
    #expect(clarion.loadedQuoted == 0)
    #expect(clarion.topLoadedTerms.prefix(2).map(\.term) == ["farce", "shameful"], "twice each; ties in term order")
    #expect(clarion.topLoadedTerms.prefix(3).map(\.count) == [2, 2, 1])
  }

  @Test func theAttributedOutletAttributesAndHedges() throws {
    let ledger = try profile("The Marlow Ledger"), clarion = try profile("The Daily Clarion"), wire = try profile("Harbour Wire")
    let attributed = try #require(ledger.share(.attributed))
    #expect(attributed.count == 8)
    #expect(attributed.share > (try #require(clarion.share(.attributed))).share)
    #expect(try #require(ledger.share(.hedged)).count == 2)
    #expect(try #require(wire.share(.neutral)).count == 10)
    #expect(try #require(wire.share(.neutral)).share > (try #require(ledger.share(.neutral))).share)
  }

  @Test func distinguishingTermsNameEachOutletsOwnWords() throws {
    let clarion = try profile("The Daily Clarion"), ledger = try profile("The Marlow Ledger")
    #expect(clarion.distinguishingCategories.first?.term == "loaded.negative")
    #expect(ledger.distinguishingCategories.first?.term == "attribution.neutral")
    #expect(clarion.distinguishingWords.contains { $0.term == "shameful" })
    #expect(ledger.distinguishingWords.contains { $0.term == "union" })
    #expect(clarion.distinguishingWords.allSatisfy { $0.z > 0 && $0.count > 0 })
  }

  @Test func everyOutletIsTooThinToTrust() {
    #expect(comparison.profiles.allSatisfy { $0.isThin })
  }

  @Test func humanFiguresSitBesideTheScorers() throws {
    let clarion = try #require(try profile("The Daily Clarion").human)
    #expect(clarion.annotatedDocuments == 1 && clarion.annotatedSentences == 7)
    let unsupported = try #require(clarion.support.first { $0.label == "unsupported" })
    #expect(unsupported.estimate.count == 7, "sentence 5 was labelled unsupported by ben and neutral by ana: both count")
    let scorer = try #require(clarion.scorerSupport.first { $0.label == "unsupported" })
    #expect(scorer.estimate.count == 5 && scorer.estimate.total == 7)
    #expect(clarion.loaded.events == 10, "loaded and scare-quote spans: seven by ana, three by ben")
    let wire = try #require(try profile("Harbour Wire").human)
    #expect(wire.support.first { $0.label == "neutral" }?.estimate.count == 4)
    #expect(wire.scorerSupport.first { $0.label == "hedged" }?.estimate.count == 0, "the month May is not the hedge 'may'")
  }

  @Test func documentsCanBeComparedOneByOne() {
    let byDocument = FramingComparison(tallies: CompareCorpus.tallies, grouping: .document)
    #expect(byDocument.profiles.map(\.name) == ["clarion/challenge.txt", "clarion/vote.txt", "ledger/challenge.txt", "ledger/vote.txt", "wire/challenge.txt", "wire/vote.txt"])
    #expect(byDocument.profiles.allSatisfy { $0.loaded.lower == nil })
  }

  @Test func framesAreSharesOfFrameHits() throws {
    for profile in comparison.profiles where !profile.frames.isEmpty {
      #expect(abs(profile.frames.reduce(0) { $0 + $1.share } - 1) < 1e-9)
      #expect(zip(profile.frames, profile.frames.dropFirst()).allSatisfy { $0.count >= $1.count })
    }
  }
}
