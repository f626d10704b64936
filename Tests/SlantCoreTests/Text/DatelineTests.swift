@testable import SlantCore
import Testing

/// Datelines and credits are kept out of sentences, at exact offsets: the sentences are marked
/// `⟦…⟧` and what is kept out is checked as the text between them.
@Suite struct DatelineTests {
  let segmenter = SentenceSegmenter()

  @Test(arguments: [
    ("ISLAMABAD: ⟦Talks resumed on Monday.⟧ ⟦Both sides spoke.⟧", ["ISLAMABAD:"]),
    ("KYIV (Reuters) — ⟦Sirens sounded overnight.⟧", ["KYIV (Reuters) —"]),
    ("(AP) — ⟦The storm made landfall.⟧", ["(AP) —"]),
    ("⟦Talks will resume, officials said.⟧ -REUTERS", ["-REUTERS"]),
    ("By Jane Doe\n⟦The council voted “no”.⟧\n\n— Reuters", ["By Jane Doe", "— Reuters"]),
    ("⟦The plant will close.⟧ (Reporting by Ali Khan; Editing by Jane Doe)", ["(Reporting by Ali Khan; Editing by Jane Doe)"]),
    ("⟦By Monday the talks had failed.⟧ ⟦(It took two years.)⟧", []),
  ])
  func keptOutOfSentences(marked: String, keptOut: [String]) {
    let sample = MarkedText(marked)
    let segments = segmenter.segments(in: sample.text)
    #expect(segments.sentences.map(\.utf8Range) == sample.ranges)
    #expect(segments.keptOut.map { String(sample.text.slice(utf8: $0)) } == keptOut)
  }

  /// The byte check that spares most sentences a `String`: it may pass text that turns out not
  /// to open with a credit, never the reverse, and it hands text with non-ASCII bytes where an
  /// opening would be to `String.hasPrefix`.
  @Test(arguments: [
    ("By Jane Doe", true), ("Reporting by Ali Khan", true), ("Editing by", false), ("Editing by Jane Doe", true), ("Written by ", true),
    ("But the talks failed.", false), ("Byline", false), ("Reporting from Kyiv", false), ("By", false), ("", false),
    ("B\u{301}y Jane", true), ("Repórting by", true), ("Also reported", false),
  ])
  func mayOpenWithCredit(text: String, expected: Bool) {
    var text = text
    let found = text.withUTF8 { SentenceScanner.mayOpenWithCredit($0) }
    #expect(found == expected)
    if !found { #expect(!SentenceScanner.creditOpenings.contains { text.hasPrefix($0) }) }
  }
}
