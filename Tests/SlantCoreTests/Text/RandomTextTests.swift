import Testing
import SlantCore

/// Seeded random text made of the pieces that trip news tokenizers (initialisms, addresses,
/// quotes, dashes, marks, scripts, line ends), checked against the invariants every later
/// stage relies on. A failure prints the seed, so it can be replayed.
@Suite struct RandomTextTests {
  static let pieces = [
    "a", "b", "X", "Z", " ", " ", ".", ",", "!", "?", ";", ":", "'", "\"", "“", "”", "‘", "’", "—", "–", "-", "…", "(", ")",
    "[", "]", "\n", "\n\n", "\r\n", "\r", "\t", "0", "7", "$", "%", "@", "#", "/", "é", "ü", "Đ", "İ", "ß", "😀", "\u{2028}",
    "\u{A0}", "\u{FEFF}", "\u{301}", "ا", "中", "\u{200B}", "Mr.", "U.S.", "Dr.", "a.m.", "1.a.", "http://x.y/z", "www.a.b",
    "a@b.co", "@handle", "#tag", "so-called", "sponsoring terrorism", "said", " may ", "May", "ISLAMABAD:", "- ", "1. ", "-REUTERS", "(AP) — ", "By Jane Doe",
  ]

  static func text(seed: UInt64) -> String {
    var generator = SeededGenerator(seed: seed)
    let length = Int(generator.next() % 400)
    return (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
  }

  @Test(arguments: 0..<300 as Range<UInt64>)
  func tokensAreOrderedNonEmptyAndOnScalarBoundaries(seed: UInt64) {
    let text = Self.text(seed: seed)
    let list = Tokenizer().tokens(in: text)
    var previousEnd = 0
    for token in list.tokens {
      #expect(!token.utf8Range.isEmpty && token.utf8Range.lowerBound >= previousEnd, "seed \(seed)")
      #expect(text.isScalarBoundary(utf8: token.utf8Range.lowerBound) && text.isScalarBoundary(utf8: token.utf8Range.upperBound), "seed \(seed)")
      #expect(!token.foldedRange.isEmpty && token.foldedRange.upperBound <= list.folded.count, "seed \(seed)")
      previousEnd = token.utf8Range.upperBound
    }
  }

  @Test(arguments: 0..<300 as Range<UInt64>)
  func sentencesAreOrderedTrimmedAndOnScalarBoundaries(seed: UInt64) {
    let text = Self.text(seed: seed)
    var previousEnd = 0
    for sentence in SentenceSegmenter().sentences(in: text) {
      #expect(!sentence.utf8Range.isEmpty && sentence.utf8Range.lowerBound >= previousEnd, "seed \(seed)")
      #expect(text.isScalarBoundary(utf8: sentence.utf8Range.lowerBound) && text.isScalarBoundary(utf8: sentence.utf8Range.upperBound), "seed \(seed)")
      previousEnd = sentence.utf8Range.upperBound
    }
  }

  static let scorer = Scorer(lexicons: [
    LexiconParser().parse(
      """
      [loaded.negative] Loaded.
      sponsoring terrorism
      [scare-quote] Scare quotes.
      so-called
      [hedge] Hedges.
      may
      [attribution.neutral] Reporting.
      said
      [negator] Negators.
      not
      """, path: "random.txt"
    ).lexicon
  ])

  @Test(arguments: 0..<300 as Range<UInt64>)
  func scoringKeepsEveryHitInsideItsSentence(seed: UInt64) {
    let text = Self.text(seed: seed)
    let scored = Self.scorer.score(Document(id: DocumentID(path: "random.txt"), text: text))
    for sentence in scored.sentences {
      for hit in sentence.hits {
        #expect(sentence.sentence.utf8Range.contains(hit.utf8Range.lowerBound) && hit.utf8Range.upperBound <= sentence.sentence.utf8Range.upperBound, "seed \(seed)")
      }
      #expect(!sentence.reason.isEmpty, "seed \(seed)")
    }
  }
}
