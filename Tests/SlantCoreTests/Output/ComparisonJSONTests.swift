import Foundation
import Testing
@testable import SlantCore

/// `compare --align --format json` writes the alignment as bytes; the text must be the one
/// `JSONEncoder` writes for the same values, empty lists and escaped strings included.
@Suite struct ComparisonJSONTests {
  static func encoded(_ comparison: FramingComparison, _ alignment: SentenceAlignment) throws -> String {
    try ComparisonJSON.encode(ComparisonJSON.Output(comparison: comparison, alignment: alignment))
  }

  @Test func theAlignmentIsWrittenAsJSONEncoderWritesIt() throws {
    var alignment = SentenceAligner().align(
      GroupsCorpus.documents.flatMap { AlignmentSentence.sentences(of: $0, group: $0.document.metadata[field: "country"]) })
    #expect(!alignment.pairs.isEmpty && !alignment.groupOmissions.isEmpty)
    let odd = AlignmentSentence(
      outlet: "a/b", group: "x", document: DocumentID(path: "a/b.txt", fragment: "7"), index: 3,
      text: "He said \"no\" \\ then\tcafé — 5% \u{1}", words: [], loaded: [LoadedWord(text: "so-called", category: "scare")])
    alignment.pairs.append(
      AlignedPair(left: odd, right: odd, similarity: 2.0 / 3.0, leftOnlyWords: ["é"], rightOnlyWords: [], leftOnlyLoaded: [], rightOnlyLoaded: odd.loaded))
    alignment.unmatched.append(OutletSentences(outlet: "empty", sentences: []))
    let comparison = GroupsCorpus.comparison(by: "country")
    #expect(try ComparisonJSON.render(comparison, alignment: alignment) == Self.encoded(comparison, alignment))
  }

  @Test func groupedByOutletItIsTheSameText() throws {
    let alignment = SentenceAligner().align(GroupsCorpus.documents.flatMap { AlignmentSentence.sentences(of: $0) })
    var bytes: [UInt8] = []
    try ComparisonJSON.write(GroupsCorpus.comparison(by: "outlet"), alignment: alignment) { bytes += $0 }
    #expect(String(decoding: bytes, as: UTF8.self) == (try Self.encoded(GroupsCorpus.comparison(by: "outlet"), alignment)))
  }
}
