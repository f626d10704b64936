import Testing
import SlantCore

/// The context rules for voices that carry no quotation marks or reporting verb (embedded posts,
/// views and feelings of others), for words with a plain sense in news, for counted absolutes and
/// for the questions explainers ask. Spans are marked inline with ⟦ ⟧.
@Suite struct VoiceAndSenseTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    brutal
    disaster
    furious
    outraged
    worrying
    failing | weight 0.8
    outrage | weight 0.8
    bully
    dire
    chaos
    persecuted
    persecution
    corrupt
    [loaded.positive] Positive.
    historic | weight 0.5
    [label.name-calling] Labels.
    gang | weight 0.8
    far right | weight 0.8
    [scare-quote] Distance.
    so-called | weight 2
    alleged | weight 0.5
    supposed | weight 0.8
    [attribution.neutral] Reporting.
    said
    [attribution.loaded] Loaded reporting.
    accused
    [attribution.stance] Views.
    fear
    anticipated
    expected
    felt
    hope
    saw as
    [absolute] Absolutes.
    all
    every
    always
    """, path: "t.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])

  func score(_ text: String) -> ScoredDocument { scorer.score(Document(id: DocumentID(path: "t.txt"), text: text)) }

  @Test(arguments: [
    // A first or a record: the plain sense. A judgement on a noun that is no event keeps it.
    "The historic vote passed.", "Prices hit historic highs.", "The historic House vote passed.", "It was a ⟦historic⟧ mistake.",
    // A name or a term of two words is introduced; one noun alone is scorned.
    "Democrats chose so-called impeachment managers.", "The so-called Squad met.", "The ⟦so-called⟧ experts say otherwise.",
    "Ask the ⟦so-called⟧ “experts” first.", "He was jailed for ⟦so-called⟧ blasphemy against religion.",
    "He was accused of gang rape.", "Police arrested gang members.", "A ⟦gang⟧ of thugs ran the city.",
    "The alleged assault took place in 1982.", "The ⟦alleged⟧ genius spoke.",
    "Collins was supposed to be different.", "The ⟦supposed⟧ threat never came.",
    "He was fired for failing to stop it.", "The ⟦failing⟧ paper closed.",
    // A legal standard: the motive or intent the statute names.
    "Coverage used the word chaos.", "Terms like “chaos” spread.", "There was ⟦chaos⟧ at the airport.",
    "Christians fled religious persecution.", "They aid persecuted Christians.", "The regime ⟦persecuted⟧ its critics.",
    "The historic partnership endured.",
    "He used his bully pulpit.", "A ⟦bully⟧ ran the yard.", "He warned of dire consequences.", "Their ⟦dire⟧ leadership failed.",
    "Prosecutors must show a corrupt motive.", "He acted with corrupt intent.", "A ⟦corrupt⟧ judge ruled.",
    // A feeling reported after a linking verb or before its cause; a thing so described is judged.
    "Graham said he was outraged.", "He felt deeply outraged.", "Voters are furious at the delay.", "A ⟦furious⟧ letter arrived.",
    "The ruling sparked outrage.", "There was widespread public outrage.", "Outrage over the ruling grew.", "It is an ⟦outrage⟧.",
    "She recalled worrying that it hurt him.", "A ⟦worrying⟧ trend emerged.", "The trend is ⟦worrying⟧.",
    // Where someone sits or stands.
    "He sits on the far right side of the bench.", "Kagan, far right, listens.", "The ⟦far right⟧ won seats.",
  ])
  func plainSensesOfNewsWordsAreNoHits(marked: String) {
    let sample = MarkedText(marked)
    let hits = score(sample.text).sentences.flatMap(\.hits).filter { $0.family == .loaded || $0.family == .labels }
    #expect(hits.map(\.utf8Range) == sample.ranges)
  }

  @Test(arguments: [
    ("⟦Republican strategists⟧ anticipated an electoral disaster.", SupportLabel.attributed),
    ("⟦Democrats⟧ fear a brutal disaster.", .attributed),
    ("Khan met them. ⟦They⟧ fear a brutal disaster.", .attributed),
    ("The vote, ⟦they⟧ felt, was a disaster.", .attributed),
    // The writer's own view, a passive, a noun and a headline's Title Case name no holder.
    ("I fear a brutal disaster.", .unsupported),
    ("A brutal disaster is expected.", .unsupported),
    ("The hope of a brutal disaster faded.", .unsupported),
    ("Brutal Vote Expected Saturday", .unsupported),
  ])
  func viewsAndFeelingsOfOthersNameTheirHolder(marked: String, label: SupportLabel) throws {
    let sample = MarkedText(marked)
    let sentence = try #require(score(sample.text).sentences.last)
    #expect(sentence.label == label, "\(sentence.reason)")
    #expect(sentence.sourceUTF8Range.map { [$0] } ?? [] == sample.ranges.map { $0 })
  }

  @Test(arguments: [
    "Rep. ⟦Lee Zeldin⟧, R-N.Y., accused Schiff of a brutal purge.", "⟦Khan⟧, the minister, accused them of brutal acts.",
    "On Monday, ⟦Khan⟧, however, accused them of brutal acts.",
  ])
  func theNameBeforeAnAppositiveIsTheSpeaker(marked: String) throws {
    let sample = MarkedText(marked)
    let sentence = try #require(score(sample.text).sentences.first)
    #expect(sentence.label == .attributed, "\(sentence.reason)")
    #expect(sentence.sourceUTF8Range.map { [$0] } ?? [] == sample.ranges)
  }

  @Test func aReportingVerbGoesBeforeAFeelingItReports() throws {
    let sentence = try #require(score("Many residents said they felt the vote was a disaster.").sentences.first)
    #expect(sentence.label == .vagueSource, "\(sentence.reason)")
    #expect(sentence.reason.contains("\"said\""))
  }

  @Test(arguments: [
    "The senator answered online.\nYou brought me down in a ⟦brutal⟧ way. — Rep. Jane Doe (@RepJaneDoe) December 19, 2019\nThe vote was a disaster.",
    "The senator answered online.\nYou brought me down in a ⟦brutal⟧ way . — Rep. Jane Doe ( @ RepJaneDoe ) December 19 , 2019\nThe vote was a disaster.",
  ])
  func anEmbeddedPostIsItsAuthorsVoice(marked: String) throws {
    let sample = MarkedText(marked)
    let sentences = score(sample.text).sentences
    let postStart = try #require(sample.text.utf8.firstRange(of: "You brought".utf8)).lowerBound
    let offset = sample.text.utf8.distance(from: sample.text.utf8.startIndex, to: postStart)
    let post = try #require(sentences.first { $0.sentence.utf8Range.lowerBound == offset })
    #expect(sentences.first?.label == .neutral)
    #expect(post.reason == "attributed: embedded post by \"Rep. Jane Doe\"", "\(post.reason)")
    #expect(post.hits.filter { $0.modifiers.contains(.quoted) }.map(\.utf8Range) == sample.ranges)
    #expect(sentences.last?.label == .unsupported)
  }

  /// Alone an absolute decides no label; the reason lists it only when it counts as one.
  @Test(arguments: [
    ("All 100 senators voted.", false), ("The census runs every 10 years.", false),
    ("Confirmations are always political.", true), ("All senators voted.", true),
  ])
  func anAbsoluteBeforeACountIsAQuantity(text: String, countsAsAbsolute: Bool) throws {
    let sentence = try #require(score(text).sentences.first)
    #expect(sentence.label == .neutral, "\(sentence.reason)")
    #expect(sentence.reason.contains("(absolute") == countsAsAbsolute, "\(sentence.reason)")
  }

  @Test(arguments: [
    "Why does it matter?", "How did we get here?", "What does the ruling mean?",
    "The report came out.\n\nWhy does the minister hide the report?\n\nThe minister has a reason.",
    "The report came out.\n\n⟦Is⟧ the minister ⟦really⟧ fit to lead?\n\nThe minister has a reason.",
    "The report came out. ⟦Why does⟧ the minister hide the report? The minister has a reason.",
    // A line too long for a subhead is a paragraph of its own.
    "The report came out.\n\n⟦Why does⟧ the minister keep hiding the report from the public?\n\nThe minister has a reason.",
  ])
  func explainerQuestionsDoNotInsinuate(marked: String) {
    let sample = MarkedText(marked)
    let cues = score(sample.text).sentences.flatMap(\.questionCueUTF8Ranges)
    #expect(cues == sample.ranges)
  }

  @Test func anExplainerHeadlineDoesNotInsinuate() throws {
    let document = Document(id: DocumentID(path: "t.txt"), text: "Rates rose.", metadata: DocumentMetadata(title: "Why does the Fed raise rates?"))
    let headline = try #require(scorer.score(document).headline)
    #expect(headline.scored.questionCueUTF8Ranges.isEmpty)
    #expect(headline.scored.label == .neutral)
  }
}
