import Foundation
import Testing
import SlantCore

@Suite struct SegmenterLexiconTests {
  static let repository = String(Fixtures.folder.dropLast("/Tests/SlantCoreTests/Fixtures".count))

  func split(_ text: String, with lexicon: SegmenterLexicon) -> [String] {
    SentenceSegmenter(lexicon: lexicon).sentences(in: text).map { String(text.slice(utf8: $0.utf8Range)) }
  }

  @Test func shippedFileIsTheBuiltInLexicon() throws {
    let lexicon = try SegmenterLexicon(contentsOfFile: Self.repository + "/lexicons/abbreviations.list")
    #expect(lexicon == SegmenterLexicon.standard)
    #expect(lexicon.neverEnds.contains("Mr") && lexicon.endsBeforeOpener.contains("Inc") && lexicon.openers.contains("How"))
  }

  @Test func anAddedAbbreviationStopsABreak() throws {
    let text = "The plant is near Ft. Worth and employs 900 people."
    #expect(split(text, with: .standard) == ["The plant is near Ft.", "Worth and employs 900 people."])
    var lexicon = SegmenterLexicon.standard
    lexicon.neverEnds.insert("Ft")
    #expect(split(text, with: lexicon) == [text])
    let parsed = try SegmenterLexicon(parsing: "# mine\n[never-ends]\nFt.\r\n", path: "mine.list")
    #expect(parsed.neverEnds == ["Ft"])
  }

  @Test func scorerSplitsWithItsSegmentersLexicon() {
    var lexicon = SegmenterLexicon.standard
    lexicon.neverEnds.insert("Ft")
    let document = Document(id: DocumentID(path: "t.txt"), text: "The plant is near Ft. Worth and employs 900 people.")
    #expect(Scorer(lexicons: []).score(document).sentences.count == 2)
    #expect(Scorer(lexicons: [], segmenter: SentenceSegmenter(lexicon: lexicon)).score(document).sentences.count == 1)
  }

  @Test func anOpenerLetsAnInitialismEndASentence() throws {
    let text = "The company moved its offices to the U.K. Officials welcomed it."
    #expect(split(text, with: .standard) == [text])
    var lexicon = SegmenterLexicon.standard
    lexicon.openers.insert("Officials")
    #expect(split(text, with: lexicon) == ["The company moved its offices to the U.K.", "Officials welcomed it."])
  }

  @Test func lowercasedFirstLetterMatches() {
    #expect(split("Bring fruit, e.g. Apples and pears. E.g. Plums.", with: .standard) == ["Bring fruit, e.g. Apples and pears.", "E.g. Plums."])
  }

  @Test(arguments: [
    ("Mr\n", "abbreviations.list:1: word \"Mr\" before any [section]"),
    ("[never-ends]\nMr\n[titles]\n", "abbreviations.list:3: unknown section [titles]; expected one of [never-ends], [ends-before-opener], [openers], [wrap-endings]"),
    ("[openers]\n\nNew York\n", "abbreviations.list:3: \"New York\" holds a space; write one word per line"),
  ])
  func malformedLinesNameTheFileAndLine(text: String, message: String) {
    do {
      _ = try SegmenterLexicon(parsing: text, path: "abbreviations.list")
      Issue.record("no error for \(text)")
    } catch {
      #expect("\(error)" == message)
    }
  }

  @Test func missingFileIsReportedWithItsPath() {
    do {
      _ = try SegmenterLexicon(contentsOfFile: "no/such/abbreviations.list")
      Issue.record("no error for a missing file")
    } catch {
      #expect("\(error)" == "no/such/abbreviations.list: cannot read segmenter lexicon: no such file or no permission")
    }
  }
}
