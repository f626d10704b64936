import Testing
import SlantCore

@Suite struct ScorerTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    sponsoring terrorism
    brutal
    [contested] Contested.
    regime -> government
    [intensifier] Intensifiers.
    deeply
    [hedge] Hedges.
    is unlikely to
    would | weight 0.5
    may
    [attribution.neutral] Reporting.
    said
    added
    according to
    [attribution.vague] Vague.
    sources said
    officials said
    [evidence] Evidence.
    data show
    [negator] Negation.
    not
    """, path: "t.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])

  func score(_ text: String) -> ScoredDocument { scorer.score(Document(id: DocumentID(path: "t.txt"), text: text)) }

  func spans(_ marked: String, with modifier: HitModifiers) -> (expected: [Range<Int>], found: [Range<Int>]) {
    let sample = MarkedText(marked)
    let hits = score(sample.text).sentences.flatMap(\.hits).filter { $0.modifiers.contains(modifier) }
    return (sample.ranges, hits.map(\.utf8Range))
  }

  @Test(arguments: [
    "Pakistan is not a ⟦brutal⟧ state.", "It is not, as it happens, the brutal one.", "Not ⟦brutal⟧ at all; the regime is not ⟦brutal⟧.",
  ])
  func negatedByANegatorWithinThreeTokensBefore(marked: String) {
    let (expected, found) = spans(marked, with: .negated)
    #expect(found == expected)
  }

  @Test(arguments: [
    "Khan said: “the ⟦brutal⟧ war goes on.”", "Khan said ‘a ⟦brutal⟧ ⟦regime⟧’ rules.", "The brutal war, Khan said, goes on.",
  ])
  func quotedInsideQuotationMarks(marked: String) {
    let (expected, found) = spans(marked, with: .quoted)
    #expect(found == expected)
  }

  @Test(arguments: ["a deeply ⟦brutal⟧ war", "a deeply, brutal war", "deeply felt and brutal"])
  func boostedByAnIntensifierRightBefore(marked: String) {
    let (expected, found) = spans(marked, with: .boosted)
    #expect(found == expected)
  }

  @Test(arguments: [
    "The “⟦regime⟧” fell.", "Khan said the “regime” fell.", "Officials met. “The regime is brutal and it will fall soon, and soon,” Khan said.",
  ])
  func scareQuotedWhenShortAndCreditedToNoOne(marked: String) {
    let (expected, found) = spans(marked, with: .scareQuoted)
    #expect(found == expected)
  }

  @Test(arguments: [
    ("Khan said that Putin was brutal.", SupportLabel.attributed),
    ("According to Achakzai, Russia is brutal.", .attributed),
    ("The statement from the foreign office added that talks went well.", .attributed),
    ("Officials said the regime was brutal.", .vagueSource),
    ("Sources said the war would end.", .vagueSource),
    ("A diplomat said the war was brutal.", .vagueSource),
    ("“We will fight on and we will win this war in the end.”", .vagueSource),
    ("Russia is unlikely to sign a brutal deal.", .hedged),
    ("Pakistan was sponsoring terrorism in the region.", .unsupported),
    ("The “experts” arrived on Monday.", .neutral),
    ("The “experts” gave brutal advice.", .unsupported),
    ("Data show a brutal decline.", .neutral),
    ("Khan flew to Moscow on Wednesday.", .neutral),
    ("The Russian president would announce the deal.", .neutral),
    ("Talks may resume next week.", .hedged),
    ("May is when the talks resume.", .neutral),
    ("The High Court will hear the case in May.", .neutral),
    ("Theresa May met Khan.", .neutral),
  ])
  func labelsOneSentence(text: String, label: SupportLabel) throws {
    let sentence = try #require(score(text).sentences.first)
    #expect(sentence.label == label, "\(sentence.reason)")
  }

  @Test func attributionCarriesFromTheSentenceBefore() {
    let document = score("Khan spoke first. He added that the war was brutal. Achakzai said it was over. “It was brutal.”")
    #expect(document.sentences.map(\.label) == [.neutral, .attributed, .attributed, .attributed])
    #expect(document.sentences[3].reason == "attributed: carried from sentence 2: \"said\" (attribution.neutral, t.txt:13), source \"Achakzai\"")
  }

  @Test func aQuotationIsCreditedInTheSentenceThatClosesIt() {
    let document = score("“The war is brutal. It will not end soon,” Khan said.")
    #expect(document.sentences.map(\.label) == [.attributed, .attributed])
    #expect(document.sentences[0].reason.hasPrefix("attributed: quotation credited in sentence 1: \"said\""))
  }

  @Test func reasonsNameTermCategoryFileAndLine() throws {
    let sentence = try #require(score("Pakistan was sponsoring terrorism.").sentences.first)
    #expect(sentence.reason == "unsupported: \"sponsoring terrorism\" (loaded.negative, t.txt:2); no source; no hedge")
    let hedged = try #require(score("Russia is unlikely to sign.").sentences.first)
    #expect(hedged.reason == "hedged: \"is unlikely to\" (hedge, t.txt:9); no source")
  }

  @Test func totalsAreSumsOfTheSentences() {
    let document = score("Pakistan was sponsoring terrorism. Khan said it was brutal. Russia is unlikely to sign.")
    let totals = document.totals
    #expect(totals.sentences == 3)
    #expect(totals.labels == [.unsupported: 1, .attributed: 1, .hedged: 1])
    #expect(totals.families[.loaded] == 2 && totals.categories["attribution.neutral"] == 1)
  }
}
