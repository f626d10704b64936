import Testing
import SlantCore

/// Groups by any metadata field, intervals over documents, differences and their drivers, on
/// the written multi-group corpus whose right answers are known (`GroupsCorpus`).
@Suite struct GroupComparisonTests {
  let byCountry = GroupsCorpus.comparison(by: "country")
  let byLeaning = GroupsCorpus.comparison(by: "leaning")

  /// Hits of `term` in `documents`, counted from the scored sentences.
  static func hits(_ term: String, in documents: [ScoredDocument]) -> Int {
    documents.flatMap(\.sentences).flatMap(\.hits).count { $0.entry.term == term }
  }

  static func documents(_ field: String, _ value: String) -> [ScoredDocument] {
    GroupsCorpus.documents.filter { $0.document.metadata[field: field] == value }
  }

  @Test func theManifestAboveTheArticlesGivesEveryDocumentItsExtraFields() {
    #expect(GroupsCorpus.documents.count == 14)
    for scored in GroupsCorpus.documents {
      let metadata = scored.document.metadata
      #expect(["north", "south"].contains(metadata[field: "country"]), "\(scored.document.id)")
      #expect(["left", "right"].contains(metadata.extra["leaning"]), "\(scored.document.id)")
      #expect(metadata.outlet != nil && metadata.outlet != "articles", "the outlet comes from the manifest, not the folder")
    }
  }

  @Test func groupsAreTheFieldsValuesWithTheirDocuments() {
    #expect(byCountry.grouping == .field("country"))
    #expect(byCountry.profiles.map(\.name) == ["north", "south"])
    #expect(byCountry.profiles.map(\.documents) == [7, 7])
    #expect(byLeaning.profiles.map(\.name) == ["left", "right"])
    #expect(byLeaning.profiles.map(\.documents) == [8, 6])
    let north = Self.documents("country", "north")
    #expect(byCountry.profiles[0].loaded.events == north.flatMap(\.sentences).flatMap(\.hits).count(where: DocumentTally.isLoadedLanguage))
  }

  @Test func everyShareAndRateIsDrawnOverDocuments() {
    for profile in byCountry.profiles {
      #expect(profile.loaded.method == .documentBootstrap)
      #expect(profile.support.allSatisfy { $0.estimate.method == .documentBootstrap })
    }
    let oneDocument = GroupsCorpus.comparison(by: "document")
    #expect(oneDocument.profiles.allSatisfy { $0.support.allSatisfy { $0.estimate.lower == nil && $0.estimate.method == nil } && $0.loaded.lower == nil })
    #expect(oneDocument.differences.isEmpty, "documents are not compared each against the rest")
  }

  @Test func twoGroupsGiveOneDifferenceOfEveryFigure() throws {
    #expect(byCountry.differences.count == 1)
    let difference = try #require(byCountry.differences.first)
    #expect(difference.group == "north" && difference.against == "south")
    #expect(difference.figures.map(\.figure) == ComparedFigure.allCases.map(\.description))
    let north = byCountry.profiles[0], south = byCountry.profiles[1]
    let loaded = try #require(difference.figure(.loadedRate))
    #expect(abs(loaded.difference - (north.loaded.perThousand - south.loaded.perThousand)) < 1e-12)
    let hedged = try #require(difference.figure(.support(.hedged)))
    #expect(north.share(.hedged)?.count == 0)
    let southHedged = Self.documents("country", "south").flatMap(\.sentences).count { $0.label == .hedged }
    #expect(south.share(.hedged)?.count == southHedged && southHedged >= 6, "every southern article hedges")
    #expect(hedged.difference < 0 && !hedged.includesZero, "the north never hedges")
    #expect(try #require(hedged.upper) < 0)
  }

  @Test func moreGroupsGiveEachAgainstTheRest() throws {
    let byOutlet = GroupsCorpus.comparison(by: "outlet")
    #expect(byOutlet.differences.map(\.group) == byOutlet.profiles.map(\.name))
    #expect(byOutlet.differences.allSatisfy { $0.against == "the rest" })
    let post = try #require(byOutlet.differences.first { $0.group == "Northern Post" })
    let rest = byOutlet.profiles.filter { $0.name != "Northern Post" }
    let restRate = Double(rest.reduce(0) { $0 + $1.loaded.events }) * 1_000 / Double(rest.reduce(0) { $0 + $1.loaded.tokens })
    let own = try #require(byOutlet.profiles.first { $0.name == "Northern Post" }).loaded.perThousand
    let postLoaded = try #require(post.figure(.loadedRate))
    #expect(abs(postLoaded.difference - (own - restRate)) < 1e-12)
  }

  @Test func oneEntryCarryingTheWholeDifferenceIsFlaggedFragile() throws {
    let difference = try #require(byCountry.differences.first)
    let loaded = try #require(difference.figure(.loadedRate))
    #expect(!loaded.includesZero && loaded.difference > 0, "the north is more loaded, and the interval says so")
    let regime = try #require(difference.entryDrivers.first)
    #expect(regime.label == "regime (loaded.negative)")
    #expect(regime.groupHits == Self.hits("regime", in: Self.documents("country", "north")) && regime.groupHits == 13)
    #expect(regime.againstHits == 0)
    let northTokens = Double(byCountry.profiles[0].tokens)
    #expect(abs(regime.contribution - 13_000 / northTokens) < 1e-9, "leave-one-entry-out: the entry's own rate gap")
    #expect(abs(regime.differenceWithout - (loaded.difference - regime.contribution)) < 1e-12)
    let lower = try #require(regime.lowerWithout), upper = try #require(regime.upperWithout)
    #expect(lower < 0 && 0 < upper, "without regime the gap is within chance")
    #expect(regime.carriesDifference)
    #expect(difference.carriedBy == "regime (loaded.negative)")
    #expect(difference.entryDrivers.dropFirst().allSatisfy { !$0.carriesDifference })
  }

  @Test func aDifferenceSpreadOverEntriesIsNotFragile() throws {
    let difference = try #require(byLeaning.differences.first)
    let loaded = try #require(difference.figure(.loadedRate))
    #expect(loaded.difference < 0 && !loaded.includesZero, "the right-leaning outlets are more loaded")
    #expect(difference.carriedBy == nil)
    #expect(Set(difference.entryDrivers.prefix(3).map(\.name)) == ["disastrous", "chaotic", "thugs"])
    #expect(difference.entryDrivers.allSatisfy { !$0.carriesDifference && $0.contribution < 0 })
    for driver in difference.entryDrivers.prefix(3) {
      #expect(try #require(driver.upperWithout) < 0, "\(driver.name): the gap stays without it")
    }
    #expect(difference.categoryDrivers.map(\.name).contains("label.name-calling"))
  }

  @Test func thinGroupsSayWhyAndAnotherFieldIsSuggested() throws {
    let byOutlet = GroupsCorpus.comparison(by: "outlet")
    #expect(byOutlet.profiles.allSatisfy { $0.thinReason?.contains(" documents (fewer than 5: no interval") == true })
    #expect(byOutlet.suggestedGroupings.map(\.field) == ["country", "leaning"])
    #expect(byOutlet.suggestedGroupings.map(\.groups) == [2, 2])
    #expect(byCountry.suggestedGroupings.isEmpty, "leaning would leave as many groups thin")
  }
}
