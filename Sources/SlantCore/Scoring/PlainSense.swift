/// Words of the loaded, label and absolute lists that news also uses in a plain sense, told
/// apart by their neighbours. In the plain sense the word passes no judgement, so the hit is
/// dropped, as `HedgeSense` drops the month May:
/// - `historic` with a word for an event, a record or a place among the next two (`the historic
///   vote`, `historic highs`, `the historic district`): a first or a rare event, not praise;
/// - `so-called` before a name (`the so-called Squad`) or a term of two words (`so-called
///   impeachment managers`) introduces it; before one noun alone (`so-called experts say`) it scorns;
/// - `gang` before a word of the crime or its members (`gang rape`, `gang members`);
/// - `alleged` with a word for a charge or its parties among the next two (`the alleged assault`,
///   `alleged victims`): the legal standard;
/// - `supposed to`, `failing to`: an expectation or an attempt (`was supposed to vote`, `for
///   failing to stop it`), not doubt or a verdict; `bully pulpit`, an idiom;
/// - a word of feeling after a linking verb or before its cause (`he was outraged`, `furious at
///   the delay`), or `worrying` before its cause (`worrying that`, but `the trend is worrying`
///   judges): someone's state reported, not the outlet's verdict; a reaction after a word that
///   reports it or before its cause (`sparked outrage`, `outrage over the ruling`);
/// - `far right`, `far left` before a word of place (`the far right side of the bench`) or set off
///   by commas or brackets as in captions (`Kagan, far left, listens`): where someone stands;
/// - words of markets, the economy, weapons, weather and law before one of their nouns among the
///   next two (`volatile trading`, `stubbornly low inflation`, `the economy's resilience` after it,
///   `destructive missiles`, `crippling computer systems`, `dire warnings`, `extreme heat`, `a
///   corrupt motive`): a measure, a physical property or a legal standard (the sections `[near …]`);
/// - `trust` and `trusted` in a sentence with a poll's figure (`62 percent trust her`): a measure;
/// - `never` before `know`, `guess` or `tell` (`you would never know it`): an idiom, not a claim.
/// - a capitalised word in the Title Case name of a law or a body (`the Insurrection Act`), a
///   quoted answer of a poll with its share (`“excellent” (8%)`): part of a name or a category;
/// - `alarming`, `devoted` before an object (`alarming her brother`, `devoted time`): the verb;
/// - `unethical` or `immoral` beside `illegal or` (a moral category named with the legal one);
/// - the name of a social ill after a preposition of topic (`talk about racism`, `a forum on
///   racism`), but not after `of` or a bare `on` (`accused of racism`, `built his career on racism`);
/// - `looters`, `vandals` as the subject of a concrete act (`looters broke into`): a description;
/// - a word presented as a word (`the word chaos`, `terms like "racist"`): mentioned, not used.
///
/// The words of these rules are lists in `lexicons/context/plain-senses.list` (`ContextLexicon`),
/// which people edit; what is code here is where each list is looked for, and the words of
/// grammar a person would not change (`or`, `on`, the pronouns after `never know`).
enum PlainSense {
  static let never: WordSet = ["never"]
  /// After `never know` these make it a claim about someone (`never knew him`, `never tell the truth`).
  static let neverObjects: WordSet = ["the", "him", "her", "them", "anyone", "anything"]
  static let soCalled: WordSet = ["so-called"]
  /// Words that end the noun after `so-called` (`so-called experts say`, `so-called blasphemy
  /// against religion`): verbs, clause words, prepositions and determiners.
  static let phraseEnders: WordSet = [
    "is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would", "can", "could", "should", "may", "might",
    "say", "says", "said", "who", "that", "which", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from",
    "by", "like", "do", "does", "did", "against", "about", "over", "into", "under", "after", "before", "as", "than", "within",
    "without", "through", "during", "among", "because", "when", "while", "if", "since", "not", "only", "also", "across",
    "toward", "towards", "upon", "behind", "beyond", "despite", "amid", "the", "a", "an", "their", "his", "her", "its",
  ]
  static let or: WordSet = ["or"]
  static let onWord: WordSet = ["on"]
  /// Words between an actor and its act (`looters had broken`, `looters then smashed`).
  static let auxiliaries: WordSet = ["had", "have", "has", "also", "then", "later", "quickly"]
  static let far: WordSet = ["far"]
  /// The words whose plain-sense rule is code alone, which no section of a context file may read.
  static let wordsReadInCode: Set<String> = ["never", "so-called"]

  /// Why `hit`, in the sentence made of the tokens `sentence`, is used in its plain sense, or nil
  /// when it is not: the context word that decided and the list holding it, or the shape of the text.
  static func drop(_ hit: Hit, sentence: Range<Int>, in context: TextContext) -> PlainSenseDrop? {
    guard hit.family == .loaded || hit.family == .labels || hit.family == .intensity else { return nil }
    let tokens = context.tokens
    let lexicon = context.senses
    let first = hit.tokenRange.lowerBound
    let end = hit.tokenRange.upperBound
    // The last context word found, cited when the rule holds.
    var cue: PlainSenseDrop.Cue?
    func word(_ index: Int, in set: WordSet) -> Bool {
      sentence.contains(index) && tokens.tokens[index].isWordLike && set.contains(token: index, of: tokens)
    }
    func word(_ index: Int, inList list: Int) -> Bool {
      guard sentence.contains(index), tokens.tokens[index].isWordLike, let line = lexicon.lists[list].words.value(token: index, of: tokens) else { return false }
      cue = PlainSenseDrop.Cue(token: index, list: list, line: line)
      return true
    }
    func word(_ index: Int, in list: ContextList) -> Bool { word(index, inList: list.rawValue) }
    func nextTwo(inList list: Int) -> Bool { word(end, inList: list) || (sentence.contains(end) && tokens.tokens[end].isWordLike && word(end + 1, inList: list)) }
    func dropped(_ holds: Bool, shape: String) -> PlainSenseDrop? { holds ? PlainSenseDrop(hit: hit, cue: cue, shape: shape) : nil }
    if let name = nameNoun(after: hit, sentence: sentence, in: context) { return PlainSenseDrop(hit: hit, cue: name, shape: "in a name") }
    if isAnswerOption(hit, sentence: sentence, in: context) { return PlainSenseDrop(hit: hit, cue: nil, shape: "a poll's answer") }
    if let noun = mentionNoun(before: hit, sentence: sentence, in: context) { return PlainSenseDrop(hit: hit, cue: noun, shape: "mentioned, not used") }
    if hit.tokenRange.count == 1 {
      if let index = lexicon.ruleWords.value(token: first, of: tokens) {
        let rule = lexicon.rules[Int(index)]
        switch rule.kind {
        case .near:
          // Before its noun (`volatile markets`) or after it (`the market's resilience`, `markets were volatile`).
          if first > sentence.lowerBound, let line = lexicon.lists[rule.list].words.value(possessive: first - 1, of: tokens) {
            cue = PlainSenseDrop.Cue(token: first - 1, list: rule.list, line: line)
            return PlainSenseDrop(hit: hit, cue: cue, shape: "")
          }
          return dropped(
            nextTwo(inList: rule.list) || word(first - 1, inList: rule.list) || word(first - 2, inList: rule.list) || word(first - 3, inList: rule.list),
            shape: "")
        case .next: return dropped(word(end, inList: rule.list), shape: "")
        case .nextTwo: return dropped(nextTwo(inList: rule.list), shape: "")
        }
      }
      if lexicon[.trust].contains(token: first, of: tokens) {
        for index in sentence where tokens.tokens[index].isWordLike {
          if let line = lexicon[.pollWords].value(token: index, of: tokens) {
            return PlainSenseDrop(hit: hit, cue: PlainSenseDrop.Cue(token: index, list: ContextList.pollWords.rawValue, line: line), shape: "")
          }
        }
        return dropped(sentence.contains { isMark($0, ["%"], context) }, shape: "in a poll's figure")
      }
      if never.contains(token: first, of: tokens) { return dropped(word(end, in: .idiomVerbs) && !word(end + 1, in: neverObjects), shape: "") }
      if soCalled.contains(token: first, of: tokens) { return dropped(introducesATerm(after: end, in: context), shape: "before a name or a term") }
      if lexicon[.moralCategories].contains(token: first, of: tokens) {
        return dropped(
          (word(first - 1, in: or) && word(first - 2, in: .legalWords)) || (word(end, in: or) && word(end + 1, in: .legalWords)), shape: "")
      }
      if lexicon[.topicNouns].contains(token: first, of: tokens) {
        let before = word(first - 1, in: .topicModifiers) ? first - 2 : first - 1
        return dropped(word(before, in: .topicPrepositions) || (word(before, in: onWord) && word(before - 1, in: .discussionNouns)), shape: "")
      }
      if lexicon[.actors].contains(token: first, of: tokens) {
        return dropped(word(end, in: .concreteActs) || (word(end, in: auxiliaries) && word(end + 1, in: .concreteActs)), shape: "")
      }
      if lexicon[.reactions].contains(token: first, of: tokens) {
        return dropped(word(first - 1, in: .reactionReporters) || word(first - 2, in: .reactionReporters) || word(end, in: .reactionCauses), shape: "")
      }
      if lexicon[.feelings].contains(token: first, of: tokens) {
        let previous = first - 1
        let linked = word(previous, in: .linkingVerbs) || (isAdverb(previous, context) && word(previous - 1, in: .linkingVerbs))
        return dropped(linked || word(end, in: .feelingCauses), shape: "")
      }
      return nil
    }
    guard hit.tokenRange.count == 2, far.contains(token: first, of: tokens) else { return nil }
    if word(end, in: .placeNouns) { return PlainSenseDrop(hit: hit, cue: cue, shape: "") }
    return dropped(isMark(first - 1, [",", "("], context) && isMark(end, [",", ")"], context), shape: "set off as a position")
  }

  /// The name noun that makes a capitalised hit part of a Title Case name of a law, a body or
  /// a group, among the capitalised words of the next three (`the Insurrection Act`, `Hate
  /// Crimes Prevention Act`); nil when there is none.
  private static func nameNoun(after hit: Hit, sentence: Range<Int>, in context: TextContext) -> PlainSenseDrop.Cue? {
    guard context.isCapitalized(hit.tokenRange.lowerBound) else { return nil }
    var index = hit.tokenRange.upperBound
    while index < sentence.upperBound, index - hit.tokenRange.upperBound < 3, context.tokens.tokens[index].isWordLike, context.isCapitalized(index) {
      if let line = context.senses[.nameNouns].value(token: index, of: context.tokens) {
        return PlainSenseDrop.Cue(token: index, list: ContextList.nameNouns.rawValue, line: line)
      }
      index += 1
    }
    return nil
  }

  /// The word that presents a hit as a word (`the word chaos`, `terms like "racist"`), one to
  /// three tokens before it past `like`, `such as` and punctuation; nil when there is none.
  private static func mentionNoun(before hit: Hit, sentence: Range<Int>, in context: TextContext) -> PlainSenseDrop.Cue? {
    var index = hit.tokenRange.lowerBound - 1
    while index >= sentence.lowerBound, hit.tokenRange.lowerBound - index <= 3 {
      let token = context.tokens.tokens[index]
      if token.isWordLike {
        if let line = context.senses[.mentionNouns].value(token: index, of: context.tokens) {
          return PlainSenseDrop.Cue(token: index, list: ContextList.mentionNouns.rawValue, line: line)
        }
        guard mentionLinks.contains(token: index, of: context.tokens) else { return nil }
      }
      index -= 1
    }
    return nil
  }
  /// Words between a mention noun and the word it presents (`terms like`, `words such as`).
  static let mentionLinks: WordSet = ["like", "such", "as", "called"]

  /// Whether a quoted hit is a poll's answer with its share after it (`“excellent” (8%)`).
  private static func isAnswerOption(_ hit: Hit, sentence: Range<Int>, in context: TextContext) -> Bool {
    guard context.isQuoted(hit.tokenRange.lowerBound) else { return false }
    var index = hit.tokenRange.upperBound
    while index < sentence.upperBound, index - hit.tokenRange.upperBound < 3, context.tokens.tokens[index].kind == .punctuation { index += 1 }
    guard index + 1 < sentence.upperBound, context.tokens.tokens[index].kind == .number else { return false }
    return isMark(index + 1, ["%"], context) || (context.tokens.tokens[index + 1].isWordLike && context.senses[.percentWords].contains(token: index + 1, of: context.tokens))
  }

  /// Whether the words after `so-called` are a name (capitalised) or a term of two words or more.
  private static func introducesATerm(after index: Int, in context: TextContext) -> Bool {
    let tokens = context.tokens.tokens
    guard index < tokens.count, tokens[index].kind == .word else { return false }
    if context.isCapitalized(index) { return true }
    let second = index + 1
    return second < tokens.count && tokens[second].kind == .word && !phraseEnders.contains(token: second, of: context.tokens)
  }

  /// A word ending in `ly` (`deeply outraged`): an adverb between a linking verb and a feeling.
  private static func isAdverb(_ index: Int, _ context: TextContext) -> Bool {
    guard index >= 0, context.tokens.tokens[index].kind == .word else { return false }
    return context.tokens.foldedBytes(of: context.tokens.tokens[index]).reversed().starts(with: "yl".utf8)
  }

  private static func isMark(_ index: Int, _ marks: [Unicode.Scalar], _ context: TextContext) -> Bool {
    guard index >= 0, index < context.tokens.tokens.count, context.tokens.tokens[index].kind == .punctuation else { return false }
    let scalar = context.text.utf8.withContiguousBytes { ScalarClass.decode($0, at: context.tokens.tokens[index].utf8Range.lowerBound).scalar }
    return marks.contains(scalar)
  }
}
