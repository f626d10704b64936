import Testing
import SlantCore

/// Sources found by factive verbs, blame, labels and views; coordinated verbs after a bracketed
/// aside; quotations continued without reopening; figures as evidence; plain senses of words of
/// markets, weapons and polls; `not only` as no negation; and lines linking to other articles.
/// Spans are marked inline with ⟦ ⟧.
@Suite struct SourcesFiguresAndSensesTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    reckless
    volatile | weight 0.8
    stubbornly
    resilience
    destructive
    crippling
    erratic
    dire
    extreme | weight 1
    trusted
    [loaded.positive] Positive.
    heroic
    [label.name-calling] Labels.
    extremist
    puppet
    [negator] Negators.
    not
    [absolute] Absolutes.
    never
    everybody
    [attribution.neutral] Reporting.
    said
    told
    argue
    warn
    blamed
    has labeled
    [attribution.loaded] Loaded reporting.
    lambasted
    [attribution.stance] Views.
    feeling
    [attribution.vague] Vague.
    seen as
    viewed as
    [verb.factive] Factive.
    revealed
    showed
    found that
    realized
    [hedge] Hedges.
    can be seen as
    [evidence] Evidence.
    percent
    """, path: "t.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])

  func score(_ text: String) -> ScoredDocument { scorer.score(Document(id: DocumentID(path: "t.txt"), text: text)) }

  @Test(arguments: [
    // A factive verb whose subject is a name, a record or research reports that source's finding.
    ("Then, in May, ⟦Contoso⟧ revealed that the crew had a reckless plan.", SupportLabel.attributed),
    ("⟦Minutes of the board's last meeting⟧, however, showed a reckless plan.", .attributed),
    ("First, ⟦most economic research⟧ has found that tariffs are reckless.", .vagueSource),
    // Any other subject: the outlet presents it as fact.
    ("The move revealed a reckless plan.", .unsupported),
    // A verb of knowing has a subject who knows; the outlet vouches for what is known.
    ("Khan realized that the plan was reckless.", .unsupported),
    // Blame, a label put on others in a relative clause, a parenthetical view, a warning.
    ("After the vote, ⟦the city⟧ blamed the union for a reckless strike.", .attributed),
    ("The guild, which ⟦the ministry⟧ has labeled an extremist group, marched.", .attributed),
    ("The raid, ⟦they⟧ argue, sent a reckless message.", .attributed),
    ("In a note to his deputy, ⟦Ali Reza⟧ warn him against a reckless raid.", .attributed),
    // A second verb after a bracketed aside keeps the clause's subject.
    ("⟦Governor Jane Roe⟧ (R-Ohio) also skipped the vote and lambasted the mayor for a reckless plan.", .attributed),
    // A feeling reported in the progressive is its holder's.
    ("⟦Smith⟧ already had been feeling reckless about stocks.", .attributed),
  ])
  func factiveVerbsBlameLabelsAndCoordinatedVerbsNameTheirSource(marked: String, label: SupportLabel) throws {
    let sample = MarkedText(marked)
    let sentence = try #require(score(sample.text).sentences.last)
    #expect(sentence.label == label, "\(sentence.reason)")
    #expect(sentence.sourceUTF8Range.map { [$0] } ?? [] == sample.ranges)
  }

  @Test(arguments: ["The minister was seen as a puppet.", "Now the envoy is viewed as a heroic figure."])
  func aViewHeldByNobodyNamedIsAVagueSource(text: String) throws {
    let sentence = try #require(score(text).sentences.first)
    #expect(sentence.label == .vagueSource, "\(sentence.reason)")
  }

  @Test func aViewInsideTheWritersHedgeIsTheWritersHedge() throws {
    let sentence = try #require(score("The trip can be seen as a reckless move.").sentences.first)
    #expect(sentence.label == .hedged, "\(sentence.reason)")
  }

  @Test func aParagraphEndingAQuotationLeftOpenContinuesIt() throws {
    let text = """
      “We never wanted a war,” the envoy told reporters. “Our country does not seek a bomb.

      And we think it is time for everybody to disarm.”

      Everybody was reckless.
      """
    let document = score(text)
    #expect(document.sentences.map(\.label) == [.attributed, .attributed, .attributed, .unsupported])
    #expect(document.sentences[2].reason.contains("carried from sentence 0"), "\(document.sentences[2].reason)")
    let hits = document.sentences[2].hits.filter { $0.family == .intensity }
    #expect(hits.allSatisfy { $0.modifiers.contains(.quoted) })
  }

  @Test func aLineEndingInAFullStopEndsAQuotationsParagraph() throws {
    // One paragraph per line: a stray mark on the first line must not turn the next lines' quotes inside out.
    let text = "The envoy said he was 5'11\" tall.\nThe plan was reckless.\n\"Nobody wanted it,\" the envoy said."
    let document = score(text)
    #expect(document.sentences.map(\.label) == [.attributed, .unsupported, .attributed], "\(document.sentences.map(\.reason))")
  }

  @Test func aStraightMarkClosingAContinuedQuotationIsReadAsClosing() throws {
    let text = "\"It was not our plan,\" the envoy said. \"Nobody wanted it.\n\nEverybody was reckless.\"\n\nThen the talks ended."
    let document = score(text)
    #expect(document.sentences.map(\.label) == [.attributed, .attributed, .attributed, .neutral], "\(document.sentences.map(\.reason))")
  }

  @Test(arguments: [
    ("Nearly half, ⟦48%⟧, backed the reckless plan.", SupportLabel.neutral),
    ("That fell to ⟦50 %⟧ for the reckless plan.", .neutral),
    ("Everybody backed the reckless plan.", .unsupported),
  ])
  func aPercentageIsEvidence(marked: String, label: SupportLabel) throws {
    let sample = MarkedText(marked)
    let sentence = try #require(score(sample.text).sentences.first)
    #expect(sentence.label == label, "\(sentence.reason)")
    for range in sample.ranges {
      #expect(sentence.reason.contains("backed by the figure \"\(String(decoding: Array(sample.text.utf8)[range], as: UTF8.self))\""))
    }
  }

  @Test(arguments: [
    // Markets, prices, weapons, systems and weather: a measure or a physical property.
    "Oil prices were volatile all week.", "Volatile trading hit stocks.", "Inflation stayed stubbornly low.",
    "The economy's growth showed resilience.", "It shows the market’s resilience.", "A destructive missile attack hit the base.", "Malware was crippling computer systems.",
    "The drones flew an erratic flight path.", "Guided missiles are less erratic than rockets.", "Forecasters issued dire warnings.", "Extreme heat closed schools.",
    "The threat was so extreme and imminent that they acted.", "Only 40 percent trusted the mayor.", "You would never know it.",
    // A person, a policy or a plan so described is judged.
    "The ⟦volatile⟧ senator spoke.", "It was a ⟦destructive⟧ policy.", "His ⟦erratic⟧ behaviour alarmed aides.", "His ⟦extreme⟧ views won.",
    "Her ⟦resilience⟧ inspired us.", "The mayor is ⟦trusted⟧ by nobody.", "They will ⟦never⟧ change.",
  ])
  func plainSensesInMarketsWeaponsAndPollsAreNoHits(marked: String) {
    let sample = MarkedText(marked)
    let hits = score(sample.text).sentences.flatMap(\.hits).filter { [.loaded, .labels, .intensity].contains($0.family) }
    #expect(hits.map(\.utf8Range) == sample.ranges)
  }

  @Test(arguments: [("It is not only ⟦reckless⟧ but ⟦erratic⟧.", false), ("It is not just ⟦reckless⟧.", false), ("It is not ⟦reckless⟧.", true)])
  func notOnlyAndNotJustAffirm(marked: String, negated: Bool) throws {
    let sample = MarkedText(marked)
    let hits = try #require(score(sample.text).sentences.first).hits.filter { $0.family == .loaded }
    #expect(hits.map(\.utf8Range) == sample.ranges)
    #expect(hits.first?.modifiers.contains(.negated) == negated)
    #expect(hits.dropFirst().allSatisfy { !$0.modifiers.contains(.negated) })
  }

  @Test func aLineLinkingToAnotherArticleIsNoAssertion() throws {
    let document = score("The talks ended.\n\nREAD: Here is the reckless plan everybody hates\n\nRelated: A reckless plan\n\nThe plan was reckless.")
    #expect(document.sentences.map(\.label) == [.neutral, .neutral, .neutral, .unsupported], "\(document.sentences.map(\.reason))")
    #expect(document.sentences[1].reason.contains("linking to another article"))
  }
}
