import Testing
import SlantCore

/// A document's content words, counted by their bytes for speed, against the plain count of
/// `ContentWords.words`: the same words and the same counts.
@Suite struct DocumentTallyWordsTests {
  @Test(arguments: [
    "The dam's gates opened at 6 a.m.; the DAM held, and the dam held again in 2024 and 2024.",
    "Zürich’s café owners said “no” — a 5% rise, ça suffit. I was there; it's a a a test of x 7 7.",
    "",
  ])
  func countsAreThoseOfTheContentWords(text: String) {
    let scored = Scorer(lexicons: []).score(Document(id: DocumentID(path: "a.txt"), text: text))
    var expected: [String: Int] = [:]
    for word in ContentWords.words(in: Tokenizer().tokens(in: text)) { expected[word, default: 0] += 1 }
    #expect(DocumentTally(scored: scored).words == expected)
  }
}
