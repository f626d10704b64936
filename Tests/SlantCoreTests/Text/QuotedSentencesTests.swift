import Testing
import SlantCore

/// A quotation that holds several sentences is split inside, and every part keeps its quoted
/// voice: its words are the source's, never the outlet's.
@Suite struct QuotedSentencesTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    brutal
    disgrace
    [attribution.neutral] Reporting.
    said
    """, path: "t.txt"
  ).lexicon

  @Test(arguments: [
    "Khan said: “The plan is brutal. It is a disgrace. We will not accept it.” Talks resume on Monday.",
    "Khan said: \"The plan is brutal! It is a disgrace? We will not accept it.\" Talks resume on Monday.",
  ])
  func partsOfAQuotationKeepTheirVoice(text: String) throws {
    let scored = Scorer(lexicons: [Self.lexicon]).score(Document(id: DocumentID(path: "t.txt"), text: text))
    let sentences = scored.sentences.map { String(text.slice(utf8: $0.sentence.utf8Range)) }
    try #require(sentences.count == 4)
    #expect(sentences[1].hasPrefix("It is a disgrace") && sentences[3] == "Talks resume on Monday.")
    let hits = scored.sentences.flatMap(\.hits).filter { $0.family == .loaded }
    #expect(hits.count == 2 && hits.allSatisfy { $0.modifiers.contains(.quoted) })
    for sentence in scored.sentences.prefix(3) {
      #expect(sentence.quotations.count == 1, "every part knows the quotation it belongs to")
      #expect(sentence.label != .unsupported)
    }
    #expect(scored.sentences[3].quotations.isEmpty)
  }
}
