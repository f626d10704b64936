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
    remembered
    [attribution.neutral] Reporting.
    described
    [attribution.loaded] Loaded reporting.
    denied
    [loaded.negative] Plain senses.
    shocking
    landmark
    supremacist
    left-wing
    aggressively
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
    // A pronoun's `'s` is a verb, its holder a pronoun; a quotation after a verb of naming is
    // the subject's words; after `, but` the first clause's subject speaks.
    ("And he has attacked a press corps that ⟦he’s⟧ deemed reckless.", .attributed),
    ("⟦Ann Lee⟧ called the bill “a scam” on Monday.", .attributed),
    ("⟦House Democrats⟧ would not give details, but described it as reckless.", .attributed),
    ("⟦Neighbours⟧ remembered him as a reckless boy.", .attributed),
    // An age between commas follows the name; adjectives may stand between a determiner and its holder.
    ("⟦Theo Gainey⟧, 25, who lived nearby, remembered him as a reckless boy.", .attributed),
    ("The leader urged calm, even as ⟦his Democratic counterpart⟧ called Trump reckless.", .attributed),
    ("Those who feel the sting of being called reckless stay quiet.", .unsupported),
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

  /// A verb of naming or viewing that reports nothing is no hit: it would tag every *see* and *called*.
  @Test(arguments: [
    ("A group called Antifa held a march.", 0), ("Residents saw smoke.", 0), ("Lee called the plan reckless.", 1),
    ("Officials see Putin as a reckless man.", 1),
  ])
  func idleNamingVerbsAreNoHits(text: String, count: Int) throws {
    let sentence = try #require(score(text).sentences.last)
    #expect(sentence.hits.filter { $0.family == .attribution }.count == count)
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

  @Test(arguments: [
    "Jones pulled off a shocking upset.", "It was a ⟦shocking⟧ betrayal.",
    "The court's landmark ruling stands.", "A ⟦landmark⟧ achievement for the mayor.",
    "Leaders condemned white supremacist violence.", "He is a white ⟦supremacist⟧.",
    "Left-wing parties won seats.", "The ⟦left-wing⟧ mob booed.",
    "The party is aggressively pursuing new voters.", "Police moved ⟦aggressively⟧ on the crowd.",
  ])
  func plainSensesOfSurprisesRulingsMovementsPlacementAndEffortAreNoHits(marked: String) {
    let sample = MarkedText(marked)
    let hits = score(sample.text).sentences.flatMap(\.hits).filter { $0.family == .loaded }
    #expect(hits.map(\.utf8Range) == sample.ranges)
  }

  /// A headline's credit (`Trump: I …`) gives the line to its speaker; a label or a topic before a colon does not.
  @Test(arguments: [
    ("Trump: I never said the plan was reckless", SupportLabel.attributed),
    ("Jane Doe: We know the deal is reckless", .attributed),
    ("Update: I was wrong about the reckless vote", .unsupported),
    ("Disclosure: I hold a reckless amount of stock", .unsupported),
    ("Brexit: the deal is reckless", .unsupported),
  ])
  func aHeadlineCreditInTheFirstPersonIsTheSpeakers(line: String, label: SupportLabel) throws {
    let sentence = try #require(score("Intro line.\n" + line).sentences.last)
    #expect(sentence.label == label, "\(sentence.reason)")
    if label == .attributed { #expect(sentence.reason.hasPrefix("attributed: speaker's credit by \"")) }
  }
}

/// The default lexicons weigh a label of the left and its mirror on the right alike: a lexicon
/// that counted one side's words more would make that side's outlets look more loaded.
@Suite struct PoliticalMirrorTests {
  @Test(arguments: [
    ("left-wing", "right-wing"), ("far-left", "far-right"), ("far left", "far right"), ("hard-left", "hard-right"),
    ("hard left", "hard right"), ("leftist", "rightist"), ("left-winger", "right-winger"), ("extreme left", "extreme right"),
    ("radical-left", "radical-right"), ("radical left", "radical right"), ("loony left", "loony right"),
    ("leftist agenda", "rightist agenda"), ("far-left agenda", "far-right agenda"), ("leftist ideology", "rightist ideology"),
  ])
  func mirrorLabelsWeighTheSame(left: String, right: String) throws {
    let entries = LexiconLoader().loadBundled().lexicons.flatMap(\.entries)
    let leftEntry = try #require(entries.first { $0.term == left })
    let rightEntry = try #require(entries.first { $0.term == right })
    #expect(leftEntry.weight == rightEntry.weight)
    #expect(leftEntry.category == rightEntry.category)
  }
}
