import Foundation
import Testing
import SlantCore

/// The reviewed output of the scorer on the bundled seeds, with the default lexicons. Every
/// sentence's label was read and checked by a person before it was recorded. Set
/// `RECORD_GOLDEN=1` to re-record (the test then fails so that nobody records by accident),
/// and review the diff.
@Suite struct GoldenTests {
  static let repository = String(Fixtures.folder.dropLast("/Tests/SlantCoreTests/Fixtures".count))

  static let scored: [ScoredDocument] = {
    let lexicons = LexiconLoader(workspace: repository).load([repository + "/lexicons"])
    let scorer = Scorer(lexicons: lexicons.lexicons)
    let corpus = CorpusLoader(workspace: repository).load([repository + "/seeds"])
    return corpus.documents.map(scorer.score)
  }()

  @Test(arguments: ["000_fd96b963aaaca4c1", "003_2ff4c70e4ea9fa7c"])
  func seedMatchesTheReviewedDump(seed: String) throws {
    let document = try #require(Self.scored.first { $0.document.id.path == "seeds/\(seed).txt" })
    let golden = Fixtures.path("golden/\(seed).dump")
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(atPath: Fixtures.path("golden"), withIntermediateDirectories: true)
      try document.dump().write(toFile: golden, atomically: true, encoding: .utf8)
      Issue.record("recorded \(golden); unset RECORD_GOLDEN and review the diff")
      return
    }
    let expected = try String(contentsOfFile: golden, encoding: .utf8)
    #expect(document.dump() == expected)
  }

  @Test func theSeedsHaveNoLexiconProblems() {
    #expect(LexiconLoader(workspace: Self.repository).load([Self.repository + "/lexicons"]).problems.isEmpty)
  }

  @Test func spansLieInsideTheirSentenceOnScalarBoundaries() {
    for scored in Self.scored {
      let text = scored.document.text
      for sentence in scored.sentences {
        let spans = sentence.hits.map(\.utf8Range) + sentence.quotations.map(\.utf8Range).filter { sentence.sentence.utf8Range.contains($0.lowerBound) }
        for span in spans {
          #expect(text.isScalarBoundary(utf8: span.lowerBound) && text.isScalarBoundary(utf8: span.upperBound))
        }
        for hit in sentence.hits {
          #expect(sentence.sentence.utf8Range.lowerBound <= hit.utf8Range.lowerBound && hit.utf8Range.upperBound <= sentence.sentence.utf8Range.upperBound)
        }
        #expect(!sentence.reason.isEmpty && sentence.reason.hasPrefix(sentence.label.rawValue + ":"))
      }
    }
  }
}
