/// The named word lists of `lexicons/context/`, each read by one context rule in a fixed way
/// (`PlainSense`, `SourcePhrase`, `SentenceReading`): a section `[feelings]` holds the words of feeling, and so on. The list's
/// role is its name; what the rule does with it stays in code.
public enum ContextList: Int, CaseIterable, Sendable {
  case trust, pollWords, idiomVerbs
  case feelings, linkingVerbs, feelingCauses
  case reactions, reactionReporters, reactionCauses
  case moralCategories, legalWords
  case topicNouns, topicPrepositions, topicModifiers, discussionNouns
  case actors, concreteActs
  case nameNouns, percentWords, placeNouns, mentionNouns
  // Read by the source finder (`SourcePhrase`).
  case vagueSources, vagueDeterminers, invertingVerbs, disclosingVerbs, findingNouns, namingVerbs, viewingVerbs
  // Read by the sentence's reading (`SentenceReading`, `InsinuatingQuestion`).
  case linkLeads, notSpeakers, approximators, purposeWords, doubtingWords, explainerEnds
  // Read by the detector of captions and widgets (`PageFurniture`).
  case captionCredits

  /// The section's name in a context file, `[poll-words]`.
  public var name: String {
    switch self {
    case .trust: "trust"
    case .pollWords: "poll-words"
    case .idiomVerbs: "idiom-verbs"
    case .feelings: "feelings"
    case .linkingVerbs: "linking-verbs"
    case .feelingCauses: "feeling-causes"
    case .reactions: "reactions"
    case .reactionReporters: "reaction-reporters"
    case .reactionCauses: "reaction-causes"
    case .moralCategories: "moral-categories"
    case .legalWords: "legal-words"
    case .topicNouns: "topic-nouns"
    case .topicPrepositions: "topic-prepositions"
    case .topicModifiers: "topic-modifiers"
    case .discussionNouns: "discussion-nouns"
    case .actors: "actors"
    case .concreteActs: "concrete-acts"
    case .nameNouns: "name-nouns"
    case .percentWords: "percent-words"
    case .placeNouns: "place-nouns"
    case .mentionNouns: "mention-nouns"
    case .vagueSources: "vague-sources"
    case .vagueDeterminers: "vague-determiners"
    case .invertingVerbs: "inverting-verbs"
    case .disclosingVerbs: "disclosing-verbs"
    case .findingNouns: "finding-nouns"
    case .namingVerbs: "naming-verbs"
    case .viewingVerbs: "viewing-verbs"
    case .linkLeads: "link-leads"
    case .notSpeakers: "not-speakers"
    case .approximators: "approximators"
    case .purposeWords: "purpose-words"
    case .doubtingWords: "doubting-words"
    case .explainerEnds: "explainer-ends"
    case .captionCredits: "caption-credits"
    }
  }

  /// The list whose section is `[name]`, if any.
  public init?(name: String) {
    guard let list = Self.allCases.first(where: { $0.name == name }) else { return nil }
    self = list
  }

  /// Whether the list holds the words a rule reads (the hits it may drop), rather than their context.
  var holdsHitWords: Bool { [.trust, .feelings, .reactions, .moralCategories, .topicNouns, .actors].contains(self) }
}
