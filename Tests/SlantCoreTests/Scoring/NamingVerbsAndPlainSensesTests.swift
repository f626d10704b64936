import Testing
import SlantCore

/// Round-ten source rules, spans marked inline with ⟦ ⟧: a verb that puts a name on something
/// (`called the plan reckless`) or views it as something (`see Putin as a threat`) gives its
/// subject as the source of the loaded word in its complement, and only then; a singular holder
/// after its determiner (`his opponent regards as`); a possessive before a verb form is its noun.
/// And the plain senses of words of war, benefits, illness and physical danger.
@Suite struct NamingVerbsAndPlainSensesTests {
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    reckless
    cruel
    witch hunt
    hypocritical
    malign
    baseless
    [label.name-calling] Labels.
    liar
    [attribution.stance] Views.
    call
    calls
    called
    calling
    see
    saw
    regards as
    hopes
    deemed
    [attribution.loaded] Loaded reporting.
    denied
    [loaded.negative] Plain senses.
    bloody
    generous
    aggressive
    dangerous
    """, path: "t.txt"
  ).lexicon
  let scorer = Scorer(lexicons: [Self.lexicon])

  func score(_ text: String) -> ScoredDocument { scorer.score(Document(id: DocumentID(path: "t.txt"), text: text)) }

  @Test(arguments: [
    // The loaded word is the complement of a verb of naming: its subject put it there.
    ("⟦Chief executive Ann Lee⟧ called the policy cruel in an email.", SupportLabel.attributed),
    ("Critics of the inquiry that ⟦Trump⟧ calls a witch hunt met.", .attributed),
    ("⟦Lee⟧ called the plan “reckless” and left.", .attributed),
    ("⟦The report⟧ deemed the plan reckless.", .attributed),
    // A view with `as`, held by a name, a plural or a singular holder after its determiner.
    ("⟦Many in the Middle East⟧ saw post-9/11 policy as deeply hypocritical.", .vagueSource),
    ("It backs plans that ⟦his opponent⟧ regards as malign.", .attributed),
    ("⟦Most officials⟧ see the deal as reckless.", .vagueSource),
    // The name before an appositive `which` clause speaks.
    ("⟦Russia⟧, which sent troops there in 2015, denied the raid, a reckless move.", .attributed),
    // No loaded word after the verb, or none after `as`, or one past the clause's end: the outlet's own.
    ("A group called Antifa held a reckless march.", .unsupported),
    ("Residents saw smoke over the reckless convoy.", .unsupported),
    ("Lee called Ann, who was reckless.", .unsupported),
    ("Lee called the office on Monday, and the plan was reckless.", .unsupported),
    // A possessive makes the next word a noun (`Lincoln's call for`), and a lone verb of feeling
    // after a singular noun ends a noun phrase (`the drugs the president hopes to stop`).
    ("He moved from Lincoln's call for a cruel war.", .unsupported),
    ("It is a baseless fix for the drugs the president hopes to stop.", .unsupported),
  ])
  func namingAndViewingVerbsCreditTheirSubject(marked: String, label: SupportLabel) throws {
    let sample = MarkedText(marked)
    let sentence = try #require(score(sample.text).sentences.last)
    #expect(sentence.label == label, "\(sentence.reason)")
    if label != .unsupported { #expect(sentence.sourceUTF8Range.map { [$0] } ?? [] == sample.ranges) }
  }

  @Test(arguments: [
    "The raid refocused attention on the bloody war in Syria.", "It was a ⟦bloody⟧ disgrace.",
    "Congress passed more generous unemployment benefits.", "A ⟦generous⟧ gesture from a cruel man.",
    "He is battling an aggressive form of brain cancer.", "He ran an ⟦aggressive⟧ campaign of smears.",
    "Libya is dangerous territory for Americans.", "Police do crucial and dangerous work.", "A ⟦dangerous⟧ man ran the city.",
  ])
  func plainSensesOfWarBenefitsIllnessAndDangerAreNoHits(marked: String) {
    let sample = MarkedText(marked)
    let hits = score(sample.text).sentences.flatMap(\.hits).filter { $0.family == .loaded && $0.entry.words != ["cruel"] }
    #expect(hits.map(\.utf8Range) == sample.ranges)
  }
}
