import Testing
import SlantCore

/// Round-six context rules, spans marked inline with ⟦ ⟧: without a loaded word or label, a
/// booster, an absolute, a contested name or a factive verb asks for no source; speakers named in an appositive, before a restrictive `who` or by a
/// quantifier (`Many fear`);
/// transcript turns; the line a sentence introduces with a colon.
@Suite struct TranscriptsAndNamingChoicesTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    reckless
    brutal
    disastrous
    [contested] Contested.
    regime -> government | weight 1
    [verb.factive] Factive.
    revealed
    [attribution.neutral] Reporting.
    said
    warn
    [attribution.loaded] Loaded reporting.
    blasted
    [attribution.stance] Views.
    fear
    [booster] Boosters.
    certainly
    of course
    [absolute] Absolutes.
    entire
    [hedge] Hedges.
    almost certainly
    """, path: "t.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])

  func score(_ text: String) -> ScoredDocument { scorer.score(Document(id: DocumentID(path: "t.txt"), text: text)) }

  @Test(arguments: [
    ("The regime moved troops to the border.", SupportLabel.neutral, "no loaded word or label in the outlet's voice, only \"regime\""),
    ("The move revealed the scale of the losses.", .neutral, "only \"revealed\""),
    ("The effort was vetoed, of course.", .neutral, "only \"of course\""),
    ("The hearing lasted an entire day.", .neutral, "only \"entire\""),
    ("Of course, the plan was reckless.", .unsupported, "\"Of course\" (booster"),
    ("The regime made a reckless move.", .unsupported, "\"reckless\""),
    ("The move revealed a reckless plan.", .unsupported, "\"reckless\""),
    ("Troops will almost certainly be sent.", .hedged, "\"almost certainly\""),
  ])
  func onlyALoadedWordOrLabelAsksForASource(text: String, label: SupportLabel, reasonPart: String) throws {
    let sentence = try #require(score(text).sentences.first)
    #expect(sentence.label == label, "\(sentence.reason)")
    #expect(sentence.reason.contains(reasonPart), "\(sentence.reason)")
  }

  @Test(arguments: [
    ("But his top lieutenant, ⟦Sen. Ann Lee⟧, blasted the reckless plan.", SupportLabel.attributed),
    ("The plan is opposed by ⟦parents⟧ who warn that it is reckless.", .vagueSource),
    ("The plan is opposed by parents who were reckless.", .unsupported),
    ("⟦Many⟧ fear the plan is reckless.", .vagueSource),
    // A passive names its speaker after `by`, or none: not its subject.
    ("The plan was blasted by ⟦Ann Lee⟧ as reckless.", .attributed),
    ("Lee was roundly blasted for her reckless plan.", .unsupported),
    ("There is a fear that the plan is reckless.", .unsupported),
  ])
  func speakersInAnAppositiveBeforeARestrictiveWhoOrAQuantifier(marked: String, label: SupportLabel) throws {
    let sample = MarkedText(marked)
    let sentence = try #require(score(sample.text).sentences.first)
    #expect(sentence.label == label, "\(sentence.reason)")
    if label != .unsupported { #expect(sentence.sourceUTF8Range.map { [$0] } ?? [] == sample.ranges) }
  }

  @Test func transcriptTurnsAreTheirSpeakersWords() throws {
    let text = "Guns and schools\nThis is the program's transcript.\nSCHAFER: Extreme positions are reckless. Both sides choose.\nLEE: That is disastrous.\nThe program ended with a reckless segment.\n"
    let labels = score(text).sentences.map { ($0.label, $0.reason) }
    #expect(labels.map(\.0) == [.neutral, .neutral, .attributed, .attributed, .attributed, .unsupported], "\(labels)")
    #expect(labels[2].1 == "attributed: transcript turn by \"SCHAFER\"")
    #expect(labels[4].1 == "attributed: transcript turn by \"LEE\"")
  }

  @Test(arguments: [
    // One labelled line is a dateline or a note, not a transcript.
    "Guns and schools\nThe program aired.\nUPDATE: The reckless plan failed.\nIt was disastrous.\n",
    "Guns and schools\nSCHAFER: The reckless plan failed.\nIt was disastrous.\n",
    "Guns and schools\nThe program aired.\nSCHAFER: The reckless plan failed.\nIt was disastrous.\n",
    // Labels of the list [not-speakers] name nobody, however many lines they open.
    "Guns and schools\nThe program aired.\nCORRECTION: The reckless plan failed.\nUPDATE: It was disastrous.\n",
  ])
  func aSingleLabelledLineIsNoTranscript(text: String) throws {
    let sentence = try #require(score(text).sentences.first { $0.reason.contains("\"reckless\"") })
    #expect(sentence.label == .unsupported, "\(sentence.reason)")
  }

  @Test func theLineAfterAColonIsTheSpeakersWords() throws {
    let scored = score("Lee spoke on Monday.\nIn a statement, Lee said:\nThe plan is reckless. It is also disastrous.\nThe vote was reckless.\n").sentences
    #expect(scored.map(\.label) == [.neutral, .attributed, .attributed, .attributed, .unsupported], "\(scored.map(\.reason))")
    #expect(scored[2].reason.hasPrefix("attributed: carried from sentence 1: \"said\""), "\(scored[2].reason)")
  }

  @Test func aTeaserEndingInReadMoreIsALinkLine() throws {
    let scored = score("The vote was held.\nLee slams brutal plan Read more\nThe plan was brutal.\n").sentences
    #expect(scored.map(\.label) == [.neutral, .neutral, .unsupported], "\(scored.map(\.reason))")
    #expect(scored[1].reason.hasPrefix("neutral: a line linking to another article"))
  }

  @Test func aColonInsideALineIntroducesNothingBelow() throws {
    let scored = score("Lee said: the vote matters.\nThe plan is reckless.\n").sentences
    #expect(scored.last?.label == .unsupported, "\(scored.map(\.reason))")
  }
}
