import Testing
import SlantCore

/// What one group tells and another never does, and what is not a fact to align.
@Suite struct GroupOmissionTests {
  let alignment = SentenceAligner().align(
    GroupsCorpus.documents.flatMap { AlignmentSentence.sentences(of: $0, group: $0.document.metadata[field: "country"]) })

  @Test func aFactToldOnlyInTheNorthIsTheSouthsOmissionWithItsDocumentsAndOutlets() throws {
    let north = try #require(alignment.groupOmissions.first { $0.toldBy == "north" && $0.missingFrom == "south" })
    let soldiers = try #require(north.facts.first)
    #expect(soldiers.sentence.text.contains("oldiers"))
    #expect(soldiers.documents == 3 && soldiers.outlets == 3 && soldiers.sentences == 3)
    #expect(soldiers.groups == ["north"])
    #expect(north.facts.allSatisfy { !$0.groups.contains("south") })
    let south = try #require(alignment.groupOmissions.first { $0.toldBy == "south" && $0.missingFrom == "north" })
    #expect(!south.facts.contains { $0.sentence.text.contains("oldiers") })
    #expect(!north.facts.contains { $0.sentence.text.hasPrefix("Water levels at the Kessel dam") }, "told by both")
  }

  @Test func creditLinesAreNotSentencesToAlign() {
    let all = alignment.pairs.flatMap { [$0.left, $0.right] } + alignment.unmatched.flatMap(\.sentences)
    #expect(!all.contains { $0.text.contains("REUTERS") })
    #expect(!all.isEmpty)
  }

  @Test(arguments: [
    ("ISLAMABAD:", true), ("-REUTERS", true), ("(AP)", true), ("NEW DELHI, Feb 23 -", true), ("By Jane Smith and Ali Khan", true),
    ("Reporting by Jane Smith; editing by Ali Khan", true), ("Photo: Protesters outside the court on Monday. /AFP", true),
    ("File photo of the Kessel dam", true), ("By Tuesday the river had fallen two metres.", false),
    ("The minister said the dam was safe.", false), ("Ministers met in Varna on Tuesday.", false),
  ])
  func datelinesBylinesCreditsAndCaptionsAreNotFacts(text: String, isNonFact: Bool) {
    #expect(NonFactLine.isNonFact(text) == isNonFact)
  }

  func sentences(_ text: String, outlet: String) -> [AlignmentSentence] {
    let document = Document(id: DocumentID(path: "\(outlet).txt"), text: text, metadata: DocumentMetadata(outlet: outlet))
    return AlignmentSentence.sentences(of: Scorer(lexicons: []).score(document))
  }

  @Test func sentencesSharingOnlyNamesAndTitlesAreNotPaired() {
    let left = sentences("Foreign Minister Anna Berg met President Olav Lind. The dam gates were opened at night.", outlet: "a")
    let right = sentences("Foreign Minister Anna Berg criticised President Olav Lind. Engineers opened the dam gates at night.", outlet: "b")
    let pairs = SentenceAligner().align(left + right).pairs
    #expect(pairs.count == 1)
    #expect(pairs.first?.left.text == "The dam gates were opened at night.")
  }
}
