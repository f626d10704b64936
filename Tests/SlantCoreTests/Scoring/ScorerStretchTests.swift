import Foundation
import Testing
@testable import SlantCore

/// A long body is scored a stretch of paragraphs at a time; the result must be what scoring it
/// whole gives, down to token indices, reasons and credits carried over a stretch's edge.
@Suite struct ScorerStretchTests {
  static let repository = String(Fixtures.folder.dropLast("/Tests/SlantCoreTests/Fixtures".count))
  static let scorer = Scorer(lexicons: LexiconLoader(workspace: repository).load([repository + "/lexicons"]).lexicons)

  /// Paragraphs whose quotations run over sentences, are credited in a later sentence, or take
  /// the credit of the sentence before, which stands in the paragraph before.
  static let quoting = """
    The minister said the talks had been useful.

    "We will not back down. This is a brutal, so-called plan," she said. "It is a disgrace."

    "Nobody asked us," the mayor told reporters on Monday.

    "It will clearly fail."

    Critics say the so-called reform is deeply unfair. It may be delayed.
    """

  func expectSameScores(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
    let whole = Self.scorer.score(document, stretchBytes: Int.max)
    let stretched = Self.scorer.score(document, stretchBytes: 1)
    #expect(stretched.dump() == whole.dump(), sourceLocation: sourceLocation)
    #expect(stretched.sentences.count == whole.sentences.count, sourceLocation: sourceLocation)
    for (one, other) in zip(stretched.sentences, whole.sentences) {
      #expect(one.sentence == other.sentence && one.tokenRange == other.tokenRange, sourceLocation: sourceLocation)
      #expect(one.hits == other.hits && one.quotations == other.quotations, sourceLocation: sourceLocation)
      #expect(one.label == other.label && one.reason == other.reason && one.sourceUTF8Range == other.sourceUTF8Range, sourceLocation: sourceLocation)
    }
  }

  @Test func quotingParagraphsScoreAsIfWhole() throws {
    let document = Document(id: DocumentID(path: "quoting.txt"), text: Self.quoting)
    #expect(Scorer.stretches(of: Self.quoting, in: document.bodyUTF8Range, bytes: 1).count == 5)
    let carried = Self.scorer.score(document, stretchBytes: 1).sentences.filter { $0.reason.contains("carried from sentence") }
    try #require(!carried.isEmpty, "the fixture must carry a credit over a paragraph break")
    expectSameScores(document)
  }

  @Test func seedsScoreAsIfWhole() {
    for document in CorpusLoader(workspace: Self.repository).load([Self.repository + "/seeds"]).documents {
      expectSameScores(document)
    }
  }

  @Test func stretchesEndAfterBlankLinesAndCoverTheRange() {
    let text = "One.\n\nTwo two.\n \nThree.\nStill three.\n\n\nFour."
    let stretches = Scorer.stretches(of: text, in: 0..<text.utf8.count, bytes: 3)
    #expect(stretches.map { String(text.slice(utf8: $0)) } == ["One.\n\n", "Two two.\n \n", "Three.\nStill three.\n\n", "\nFour."])
  }
}
