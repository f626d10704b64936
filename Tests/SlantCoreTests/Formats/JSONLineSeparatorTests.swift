import Foundation
import Testing

@testable import SlantCore

/// Every JSON output writes U+2028 and U+2029 as `\u2028` and `\u2029`, whether `JSONBytes`
/// or Foundation wrote it, so that no line-splitting reader cuts a record in two.
@Suite struct JSONLineSeparatorTests {
  static let text = "one\u{2028}two\u{2029}three — 5 €"

  /// Whether `bytes` hold a raw U+2028 or U+2029.
  static func hasRawSeparator(_ bytes: some Collection<UInt8>) -> Bool {
    let array = Array(bytes)
    return array.indices.dropLast(2).contains { array[$0] == 0xE2 && array[$0 + 1] == 0x80 && (array[$0 + 2] == 0xA8 || array[$0 + 2] == 0xA9) }
  }

  @Test func foundationOutputIsEscapedAsJSONBytesEscapes() throws {
    var json = JSONBytes()
    json.string(Self.text)
    let foundation = try JSONEncoder().encode(Self.text)
    #expect(Self.hasRawSeparator(foundation), "Foundation writes them raw; if it stops, this rule can go")
    let escaped = JSONBytes.escapingLineSeparators(foundation)
    #expect(escaped == json.bytes)
    #expect(String(decoding: escaped, as: UTF8.self) == #""one\u2028two\u2029three — 5 €""#)
    #expect(try JSONDecoder().decode(String.self, from: Data(escaped)) == Self.text)
  }

  @Test func otherCharactersAndCutSequencesAreLeftAlone() {
    let bytes = Array("—€…".utf8) + [0xE2, 0x80]
    #expect(JSONBytes.escapingLineSeparators(bytes) == bytes)
    #expect(JSONBytes.escapingLineSeparators(Array("\u{2028}\u{2028}".utf8)) == Array(#"\u2028\u2028"#.utf8))
  }

  @Test func sidecarsEscapeThemAndReadThemBack() throws {
    let document = AnchorText(Document(id: DocumentID(path: "a.txt"), text: "Zürich talks.\n"), segmenter: SentenceSegmenter())
    let annotation = Annotation(id: "x1", target: document.target(utf8Range: 8..<13, unit: .span), labels: ["loaded"], note: Self.text, annotator: "ann")
    let bytes = try SidecarFormat.encode(Sidecar(document: DocumentID(path: "a.txt"), annotations: [annotation]))
    #expect(!Self.hasRawSeparator(bytes))
    #expect(String(decoding: bytes, as: UTF8.self).contains(#""note" : "one\u2028two\u2029three — 5 €""#))
    #expect(try SidecarFormat.decode(bytes, path: "a.json").annotations.first?.note == Self.text)
  }

  @Test func w3cCollectionsEscapeThem() throws {
    let document = AnchorText(Document(id: DocumentID(path: "a.txt"), text: "Zürich talks.\n"), segmenter: SentenceSegmenter())
    let annotation = Annotation(id: "x1", target: document.target(utf8Range: 8..<13, unit: .span), labels: ["loaded"], note: Self.text, annotator: "ann")
    let json = try W3CAnnotationWriter.json(for: [(DocumentID(path: "a.txt"), nil, [annotation])])
    #expect(!Self.hasRawSeparator(json.utf8))
    #expect(json.contains(#"one\u2028two\u2029three"#))
  }

  /// The comparison's JSON is written partly by `JSONBytes` (the alignment) and partly by
  /// `JSONEncoder`: the two halves, and the whole written by `JSONEncoder`, must agree.
  @Test func comparisonsEscapeThemInBothHalves() throws {
    var alignment = SentenceAligner().align(GroupsCorpus.documents.flatMap { AlignmentSentence.sentences(of: $0) })
    let sentence = AlignmentSentence(
      outlet: "a\u{2028}b", group: "x", document: DocumentID(path: "a/b.txt"), index: 0, text: Self.text, words: [], loaded: [])
    alignment.pairs.append(AlignedPair(left: sentence, right: sentence, similarity: 1, leftOnlyWords: [], rightOnlyWords: [], leftOnlyLoaded: [], rightOnlyLoaded: []))
    // An outlet named with a separator puts one into the half `JSONEncoder` writes.
    let tallies = GroupsCorpus.tallies.map { tally in
      var renamed = tally
      renamed.outlet = tally.outlet + "\u{2028}x"
      return renamed
    }
    let comparison = FramingComparison(tallies: tallies, grouping: ComparisonGrouping(parsing: "outlet"), bootstrap: Bootstrap())
    let written = try ComparisonJSON.render(comparison, alignment: alignment)
    #expect(!Self.hasRawSeparator(written.utf8))
    #expect(written.contains(#""text" : "one\u2028two\u2029three — 5 €""#))
    #expect(written.contains(#"\u2028x""#))
    #expect(written == (try ComparisonJSON.encode(ComparisonJSON.Output(comparison: comparison, alignment: alignment))))
  }
}
