import Testing
import SlantCore

/// The context rules of news, each with its spans marked in written sentences: scare quotes and
/// what they are not, sources named or carried, hedges that open sentences and the month May,
/// and questions that insinuate.
@Suite struct ContextRulesTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    brutal
    disaster
    [hedge] Hedges.
    may
    could
    perhaps
    [attribution.neutral] Reporting.
    said
    added
    according to
    told
    saying
    called for
    [attribution.loaded] Loaded reporting.
    accused
    denounced
    [absolute] Absolutes.
    always
    entirely
    [verb.factive] Factive.
    confirmed
    revealed
    [intensifier] Intensifiers.
    really
    """, path: "t.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])

  func score(_ text: String) -> ScoredDocument { scorer.score(Document(id: DocumentID(path: "t.txt"), text: text)) }

  @Test(arguments: [
    // Short phrases inside a sentence, credited to no one: the outlet's distance.
    "The minister called off the “⟦peace⟧” talks.", "Their “⟦experts⟧” were never named.", "The “⟦reform⟧ ⟦package⟧” passed.",
    // A quoted headline or a sentence opening in quotation marks.
    "“Brutal disaster” leads the front page.",
    // Names of organisations and works: Title Case runs.
    "Members of the “Freedom Caucus” met.", "She read “The Art of the Deal” twice.", "The film “Apocalypse Now” was shown.",
    // Reported speech: after a colon, or a clause of its own.
    "The banner read: “end the war”.", "The chant was “Lock her up!” all night.", "The crowd shouted “Never again,” and left.",
    // Too long to be a scare quote.
    "The plan was “a brutal and pointless waste of time” in the end.",
  ])
  func scareQuotesOnlyForShortPhrasesInsideASentence(marked: String) {
    let sample = MarkedText(marked)
    let document = score(sample.text)
    let scare = document.sentences.flatMap(\.quotations).filter(\.isScareQuote)
    let expected = sample.ranges.isEmpty ? [] : [sample.ranges.first!.lowerBound..<sample.ranges.last!.upperBound]
    #expect(scare.compactMap { quotation in quotation.contentTokens.isEmpty ? nil : Self.contentRange(quotation, in: sample.text) } == expected)
  }

  @Test(arguments: [
    // Names and titles in quotation marks quote nobody: no source is missing.
    ("“Orange Is the New Black” star Yael Stone is leaving the show.", SupportLabel.neutral),
    ("Members of the “Freedom Caucus” met on Monday.", .neutral),
    // Words someone said, credited to no one, still are.
    ("“We will not leave,” was painted on the wall.", .vagueSource),
    ("The plan was “a brutal and pointless waste of time” in the end.", .vagueSource),
  ])
  func quotedNamesAndTitlesNeedNoSource(text: String, label: SupportLabel) throws {
    let sentence = try #require(score(text).sentences.first)
    #expect(sentence.label == label, "\(sentence.reason)")
  }

  /// The bytes between a quotation's marks.
  static func contentRange(_ quotation: Quotation, in text: String) -> Range<Int> {
    let utf8 = Array(text.utf8)
    var start = quotation.utf8Range.lowerBound, end = quotation.utf8Range.upperBound
    // Curly marks are three bytes, straight ones one.
    start += utf8[start] == UInt8(ascii: "\"") ? 1 : 3
    end -= utf8[end - 1] == UInt8(ascii: "\"") ? 1 : 3
    return start..<end
  }

  @Test(arguments: [
    ("Khan met Lavrov. He said the war was a disaster.", "⟦He⟧"),
    ("Khan met Lavrov. The war was a disaster, she added.", "⟦she⟧"),
    ("The report came out on Monday. The war was a disaster, according to the report.", "⟦the report⟧"),
    ("Khan told reporters the war was a disaster.", "⟦Khan⟧"),
  ])
  func aSourceNamedOrReferredBackRemovesUnsupported(text: String, source: String) throws {
    let sentence = try #require(score(text).sentences.last)
    #expect(sentence.label == .attributed, "\(sentence.reason)")
    let marked = MarkedText(source)
    let sourceText = sentence.sourceUTF8Range.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
    #expect(sourceText == marked.text)
  }

  @Test func aContinuingQuotationParagraphKeepsItsSource() {
    let text = """
      “The war is a disaster for everyone, and it must end,” Khan said.

      “It is brutal. It is a disaster.”
      """
    let document = score(text)
    #expect(document.sentences.map(\.label) == [.attributed, .attributed, .attributed])
    #expect(document.sentences[2].reason.contains("carried from sentence"))
  }

  @Test func theOutletsOwnSentenceAfterAQuoteIsItsOwn() {
    let document = score("Khan said the talks went well. The war was a disaster.")
    #expect(document.sentences.map(\.label) == [.attributed, .unsupported])
  }

  @Test(arguments: [
    "⟦May⟧ the talks succeed.", "⟦Could⟧ the deal collapse this week.", "⟦Perhaps⟧ the deal will hold.",
    "Talks ⟦may⟧ resume in May.", "May 5 saw the talks resume.", "The talks resume on May 5.", "May was a month of talks.",
    "Theresa May met Khan.", "Since may the talks have stalled.", "“⟦May⟧ we all live in peace,” the bishop said.",
  ])
  func hedgesThatOpenSentencesAndTheMonthMay(marked: String) {
    let sample = MarkedText(marked)
    let hedges = score(sample.text).sentences.flatMap(\.hits).filter { $0.family == .hedges }
    #expect(hedges.map(\.utf8Range) == sample.ranges)
  }

  @Test(arguments: [
    "⟦Is⟧ the minister ⟦really⟧ fit to lead?", "⟦Why does⟧ the minister hide the report?", "⟦How can⟧ anyone trust these figures?",
    "⟦Isn't⟧ it time the minister resigned?", "⟦Does⟧ the plan ⟦even⟧ add up?",
    // Plain questions, quoted questions and attributed ones insinuate nothing in the outlet's voice.
    "Will the talks resume next week?", "What happens next?", "“Why does the minister hide the report?” Khan asked.",
    "Khan said: why does the minister hide the report?", "Why the talks failed is unclear.",
  ])
  func questionsThatInsinuateInTheOutletsVoice(marked: String) throws {
    let sample = MarkedText(marked)
    let sentence = try #require(score(sample.text).sentences.first)
    #expect(sentence.questionCueUTF8Ranges == sample.ranges)
    if !sample.ranges.isEmpty {
      #expect(sentence.label == .unsupported)
      #expect(sentence.reason.hasPrefix("unsupported: insinuating question \""), "\(sentence.reason)")
    } else {
      #expect(!sentence.reason.contains("insinuating"))
    }
  }

  @Test func anInsinuatingQuestionRaisesTheDefaultProbabilityOfLoaded() throws {
    let question = try #require(score("Why does the minister hide the report?").sentences.first)
    let plain = try #require(score("When does the minister publish the report?").sentences.first)
    let loaded = { (sentence: ScoredSentence) in sentence.probabilities.first { $0.label == "loaded" }?.probability ?? 0 }
    #expect(loaded(question) > loaded(plain))
  }

  @Test(arguments: [
    "Khan said ``the war is a ⟦brutal⟧ ⟦disaster⟧ '' on Monday.", "``A ⟦brutal⟧ end,'' Khan said.", "It was a `brutal' end and a disaster.",
  ])
  func pennTreebankQuotationMarksQuoteLikeCurlyOnes(marked: String) {
    let sample = MarkedText(marked)
    let quoted = score(sample.text).sentences.flatMap(\.hits).filter { $0.modifiers.contains(.quoted) }
    #expect(quoted.map(\.utf8Range) == sample.ranges)
  }

  @Test func aHeadlinesQuotationMarksQuoteSomeoneAndAreNeverScareQuotes() throws {
    let title = "Senate guarantees 'fair' trial, Pelosi says nothing"
    let document = Document(id: DocumentID(path: "t.txt"), text: "The vote is today.", metadata: DocumentMetadata(title: title))
    let headline = try #require(scorer.score(document).headline)
    #expect(headline.scored.quotations.count == 1)
    #expect(headline.scored.quotations.filter(\.isScareQuote).isEmpty)
    let body = try #require(score("The Senate guarantees a 'fair' trial, Pelosi wrote nothing.").sentences.first)
    #expect(body.quotations.filter(\.isScareQuote).count == 1)
  }

  @Test(arguments: [
    ("“It was brutal,” said Khan.", SupportLabel.attributed),
    ("The west, which has accused the state of brutal acts, left.", .unsupported),
    ("Pakistan made a brutal move and called for peace.", .attributed),
    ("Later, the brutal envoy turned to them and called for peace.", .unsupported),
    ("Democrats accused Trump of a brutal purge.", .attributed),
    ("Khan left the room, saying the plan was brutal.", .attributed),
    ("The brutal plan failed, saying nothing.", .unsupported),
  ])
  func aReportingVerbNeedsWordsForItsSpeaker(text: String, label: SupportLabel) throws {
    let sentence = try #require(score(text).sentences.first)
    #expect(sentence.label == label, "\(sentence.reason)")
  }

  /// Alone an absolute decides no label; the reason lists it only when it counts as one.
  @Test(arguments: [
    ("Ideology was not always salient.", false), ("The House voted almost entirely along party lines.", false),
    ("Confirmations are always political.", true),
  ])
  func aNegatedOrApproximatedAbsoluteIsNone(text: String, countsAsAbsolute: Bool) throws {
    let sentence = try #require(score(text).sentences.first)
    #expect(sentence.label == .neutral, "\(sentence.reason)")
    #expect(sentence.reason.contains("(absolute") == countsAsAbsolute, "\(sentence.reason)")
  }

  @Test(arguments: [
    ("If confirmed, he would deepen control.", SupportLabel.neutral),
    ("Video of the speech was revealed on Monday.", .neutral),
    ("The move revealed the scale of the losses.", .neutral),
    ("The audit revealed the scale of the losses.", .attributed),
    ("The report was denounced by Democrats as a brutal whitewash.", .attributed),
  ])
  func contextTakesTheJudgementOutOfFactivesAndFindsPassiveSpeakers(text: String, label: SupportLabel) throws {
    let sentence = try #require(score(text).sentences.first)
    #expect(sentence.label == label, "\(sentence.reason)")
  }
}
