import Testing
import SlantCore

/// Round-five context rules, spans marked inline with ⟦ ⟧: speakers found past relative clauses,
/// bracketed asides, boosters and `several of whom`; words inside Title Case names of laws and
/// bodies; plain senses of evaluative words; absolutes that count events or sit in a purpose.
@Suite struct ReportedSpeechAndNamesTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    reckless
    dangerous
    obscene
    alarming
    aggressively
    unethical
    spreading lies
    riot
    [loaded.positive] Positive.
    hero
    devoted
    excellent
    [label.name-calling] Labels.
    looters
    vandals
    [loaded.negative] Topics.
    racism | weight 1
    [contested] Contested.
    sedition -> dissent | weight 1
    [attribution.neutral] Reporting.
    said
    urged
    implored
    proposed a motion
    floated the idea
    [attribution.loaded] Loaded reporting.
    praised
    insist
    accused
    [attribution.vague] Vague.
    some on the left
    [booster] Boosters.
    of course
    [absolute] Absolutes.
    never
    none
    """, path: "t.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])

  func score(_ text: String) -> ScoredDocument { scorer.score(Document(id: DocumentID(path: "t.txt"), text: text)) }

  @Test(arguments: [
    ("⟦Mayor Lopez⟧, who was in Ohio, not Iowa, at the time, has urged the governor to end his reckless campaign.", SupportLabel.attributed),
    ("Back then, Sens. ⟦Ada Pruitt (D-Ore.) and Joe Lamb (R-Utah)⟧ proposed a motion to end the reckless raids.", .attributed),
    ("In a short speech, ⟦Ann Holt⟧, the eldest son of labor hero Tom Holt, implored marchers to go home.", .attributed),
    ("In a short speech, ⟦Ann Holt⟧, the youngest of the two sons of labor hero Tom Holt Jr., implored marchers to go home.", .attributed),
    ("⟦Union leaders⟧, of course, insist that workers will obey.", .attributed),
    ("The ruling did not matter to ⟦his fans⟧, several of whom praised his reckless speech.", .attributed),
    ("The unrest led ⟦some on the left⟧ to say that reckless groups were behind it.", .vagueSource),
    // The outlet's own words with no reporting verb stay its own.
    ("Twitter slapped a label on posts spreading lies.", .unsupported),
    ("The west, which backed the reckless plan, left.", .unsupported),
    ("She is a lawyer in Ohio, who was praised for her reckless bravado.", .unsupported),
  ])
  func speakersAreFoundPastAppositivesAsidesAndRelativeClauses(marked: String, label: SupportLabel) throws {
    let sample = MarkedText(marked)
    let sentence = try #require(score(sample.text).sentences.last)
    #expect(sentence.label == label, "\(sentence.reason)")
    if label == .attributed { #expect(sentence.sourceUTF8Range.map { [$0] } ?? [] == sample.ranges) }
  }

  @Test(arguments: [
    // A word inside the Title Case name of a law or a body names it.
    "Officials weighed the Sedition Act again.", "They feared ⟦sedition⟧ charges.", "The Riot Act was read.", "They feared a ⟦riot⟧ in the Act's name.",
    // Legal terms, descriptions and verbs.
    "The rules cover inherently dangerous property.", "A ⟦dangerous⟧ man ran the city.",
    "Obscene slogans were painted on the wall.", "It was an ⟦obscene⟧ display of wealth.",
    "Police burst in, alarming her brother.", "An ⟦alarming⟧ rise followed.",
    "The city devoted time and resources to it.", "His ⟦devoted⟧ fans cheered.",
    "Yields moved aggressively higher.", "Police moved ⟦aggressively⟧ on the crowd.",
    "Orders they believe to be illegal or unethical.", "The deal was ⟦unethical⟧.",
    // A poll's answer options, a topic discussed, a concrete act described.
    "Some 9% said “excellent” (9%) and the rest “fair”.", "An ⟦excellent⟧ plan.",
    "Students met to talk about racism in schools.", "Marchers rallied against systemic racism.", "She accused him of ⟦racism⟧.",
    "They held a forum on racism.", "He built his career on ⟦racism⟧.",
    "Looters broke into the pharmacy.", "Vandals had smashed the windows.", "⟦Looters⟧ are ruining our cities.",
  ])
  func namesAndPlainSensesAreNoHits(marked: String) {
    let sample = MarkedText(marked)
    let families: [CategoryFamily] = [.loaded, .labels]
    let hits = score(sample.text).sentences.flatMap(\.hits).filter { families.contains($0.family) }
    #expect(hits.map(\.utf8Range) == sample.ranges)
  }

  /// Alone an absolute decides no label; the reason lists it only when it counts as one.
  @Test(arguments: [
    ("Governors could ask for troops, but none have done so.", false),
    ("None of the three officers was charged.", false),
    ("Cities can change rules so that police never answer noise calls.", false),
    ("Police never answer noise calls.", true),
    ("None of them care about it.", true),
    ("None of this was true.", true),
  ])
  func absolutesThatCountEventsOrStateAPurposeAreNoClaims(text: String, countsAsAbsolute: Bool) throws {
    let sentence = try #require(score(text).sentences.first)
    #expect(sentence.label == .neutral, "\(sentence.reason)")
    #expect(sentence.reason.contains("(absolute") == countsAsAbsolute, "\(sentence.reason)")
  }
}
