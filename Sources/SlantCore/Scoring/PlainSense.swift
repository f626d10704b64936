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
///   failing to stop it`), not doubt or a verdict;
/// - a word of feeling after a linking verb or before its cause (`he was outraged`, `furious at
///   the delay`), a reaction after a word that reports it or before its cause (`sparked outrage`,
///   `outrage over the ruling`), or `worrying` before its cause (`worrying that`, but `the trend is worrying`
///   judges): someone's state reported, not the outlet's verdict;
/// - `far right`, `far left` before a word of place (`the far right side of the bench`) or set off
///   by commas or brackets as in captions (`Kagan, far left, listens`): where someone stands;
/// - words of markets, the economy, weapons, weather and law before one of their nouns among the
///   next two (`volatile trading`, `stubbornly low inflation`, `the economy's resilience` after it,
///   `destructive missiles`, `crippling computer systems`, `dire warnings`, `extreme heat`, `a
///   corrupt motive` in obstruction law): a measure, a physical property or a legal standard (`technicalSenses`);
/// - `trust` and `trusted` in a sentence with a poll's figure (`62 percent trust her`): a measure;
/// - `never` before `know`, `guess` or `tell` (`you would never know it`): an idiom, not a claim.
/// - a capitalised word in the Title Case name of a law or a body (`the Insurrection Act`), a
///   quoted answer of a poll with its share (`“excellent” (8%)`): part of a name or a category;
/// - `alarming`, `devoted` before an object (`alarming her brother`, `devoted time`): the verb;
/// - `unethical` or `immoral` beside `illegal or` (a moral category named with the legal one);
/// - the name of a social ill after a preposition of topic (`talk about racism`, `a forum on
///   racism`), but not after `of` or a bare `on` (`accused of racism`, `built his career on racism`);
/// - `looters`, `vandals` as the subject of a concrete act (`looters broke into`): a description.
enum PlainSense {
  /// A word and the nouns that, among the next two words, give it its plain sense.
  static let technicalSenses: [(word: WordSet, nouns: WordSet)] = [
    (["volatile", "volatility"], marketNouns),
    (["stubbornly", "stubborn"], ["low", "high", "inflation", "prices", "unemployment", "elevated", "weak", "slow", "rates"]),
    (["resilience", "resilient"], marketNouns),
    (["destructive"], weaponNouns),
    (["crippling"], ["computer", "computers", "systems", "system", "networks", "network", "infrastructure", "grid", "grids", "injury", "injuries", "drought", "power", "servers"]),
    (["erratic"], ["flight", "flights", "trajectory", "trajectories", "path", "paths", "orbit", "signal", "signals", "heartbeat", "rainfall", "missile", "missiles", "rocket", "rockets", "drone", "drones", "shelling"]),
    (["bully"], ["pulpit"]),
    (["dire"], ["consequences", "consequence", "warning", "warnings", "forecast", "forecasts", "straits", "shortage", "shortages", "need", "needs"]),
    (["dangerous"], ["property", "goods", "materials", "substances", "substance", "chemicals", "weapon", "weapons", "instrumentality", "offender", "offenders", "driving", "waters", "roads", "currents", "heat", "levels"]),
    (["obscene"], ["graffiti", "gesture", "gestures", "statements", "messages", "words", "language", "phrases", "images", "material", "materials", "slogans", "drawings", "calls", "phone"]),
    (["aggressively", "aggressive"], ["higher", "lower", "priced", "pricing", "bid", "bidding", "buying", "selling", "hikes", "tightening", "easing", "cuts", "hedging"]),
    (["corrupt"], ["intent", "motive", "motives", "purpose", "purposes", "exercise", "manner", "intention", "intentions"]),
    (["extreme"], ["heat", "weather", "cold", "temperatures", "temperature", "poverty", "drought", "conditions", "circumstances", "caution", "emergency", "imminent", "hardship", "necessity", "indifference"]),
  ]
  static let marketNouns: WordSet = [
    "market", "markets", "trading", "trade", "prices", "price", "stocks", "stock", "shares", "session", "sessions", "oil",
    "currency", "currencies", "bonds", "assets", "economy", "economies", "growth", "demand", "spending", "earnings", "weather",
    "investors",
  ]
  static let weaponNouns: WordSet = [
    "attack", "attacks", "missile", "missiles", "weapon", "weapons", "power", "force", "storm", "storms", "fire", "fires",
    "hurricane", "hurricanes", "earthquake", "tornado", "flood", "floods", "bomb", "bombs", "capability", "capabilities",
    "strike", "strikes", "malware", "virus", "cyberattack", "cyberattacks", "effects", "potential",
  ]
  static let trust: WordSet = ["trust", "trusted", "trusts", "distrust", "distrusted", "mistrust"]
  static let pollWords: WordSet = ["percent", "poll", "polls", "survey", "respondents", "voters"]
  static let never: WordSet = ["never"]
  static let idiomVerbs: WordSet = ["know", "guess", "tell"]
  /// After `never know` these make it a claim about someone (`never knew him`, `never tell the truth`).
  static let neverObjects: WordSet = ["the", "him", "her", "them", "anyone", "anything"]

  static let historic: WordSet = ["historic"]
  static let historicNouns: WordSet = [
    "vote", "votes", "step", "steps", "first", "firsts", "moment", "day", "night", "week", "occasion", "event", "milestone",
    "decision", "ruling", "verdict", "agreement", "deal", "accord", "treaty", "summit", "visit", "trip", "meeting", "talks",
    "election", "elections", "win", "victory", "breakthrough", "impeachment", "impeachments", "trial", "confirmation",
    "nomination", "appointment", "inauguration", "passage", "signing", "launch", "landing", "flight", "legislation", "bill",
    "law", "reform", "low", "lows", "high", "highs", "level", "levels", "rate", "rates", "record", "records", "turnout",
    "drought", "flood", "floods", "flooding", "storm", "heat", "district", "building", "buildings", "site", "sites",
    "landmark", "landmarks", "preservation", "home", "church", "downtown", "neighborhood", "neighbourhood", "town", "center",
    "centre", "quarter", "hotel", "theater", "theatre", "bridge", "nightmare", "disaster", "catastrophe",
  ]
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
  static let gang: WordSet = ["gang"]
  static let gangNouns: WordSet = [
    "rape", "raped", "rapes", "raping", "rapist", "rapists", "violence", "member", "members", "membership", "activity",
    "leader", "leaders", "war", "wars", "territory", "unit", "task", "shooting", "shootings", "crime", "crimes", "affiliation",
    "affiliations", "signs", "tattoos", "database",
  ]
  static let alleged: WordSet = ["alleged"]
  static let chargeNouns: WordSet = [
    "victim", "victims", "assault", "assaults", "abuse", "abuses", "misconduct", "crime", "crimes", "attack", "attacks",
    "attacker", "rape", "behavior", "behaviour", "incident", "incidents", "offense", "offenses", "offence", "offences",
    "fraud", "bribery", "bribe", "bribes", "corruption", "murder", "murders", "killing", "killings", "killer", "shooting",
    "shooter", "gunman", "perpetrator", "perpetrators", "plot", "scheme", "wrongdoing", "violation", "violations", "role",
    "involvement", "ties", "links", "leak", "leaks", "theft", "hack", "hacking", "cover-up", "obstruction", "collusion",
    "affair", "harassment", "conduct", "threat", "threats", "payments", "payment", "smuggling", "trafficking", "spying",
    "espionage", "interference", "meddling", "atrocities", "war", "extortion", "embezzlement", "abductor", "kidnapping",
    "accomplice", "accomplices", "co-conspirator", "co-conspirators", "ringleader", "mastermind",
  ]
  static let supposed: WordSet = ["supposed", "failing"]
  static let to: WordSet = ["to"]
  static let feelings: WordSet = [
    "outraged", "furious", "enraged", "livid", "seething", "horrified", "incensed", "infuriated", "angered", "appalled",
    "dismayed", "alarmed", "worried", "frustrated", "upset", "thrilled", "delighted", "elated", "disgusted",
  ]
  /// Reactions named by a noun, which describe others' response after a word that reports it
  /// (`sparked outrage`, `widespread fury`) or before its cause or holder (`outrage over the
  /// ruling`, `outrage from McConnell`); `an outrage` is still a verdict.
  static let reactions: WordSet = ["outrage", "fury", "uproar", "furor", "furore", "indignation"]
  static let reactionReporters: WordSet = [
    "sparked", "sparking", "sparks", "spark", "caused", "causing", "drew", "drawing", "draws", "provoked", "provoking",
    "prompted", "prompting", "triggered", "triggering", "widespread", "public", "visible", "growing", "international",
    "bipartisan", "mounting", "popular",
  ]
  static let reactionCauses: WordSet = ["over", "at", "from", "among", "after", "about"]
  /// Feelings named by a participle, which describes a thing after a linking verb (`the trend is
  /// worrying`) and a person's state only before its cause (`worrying that`).
  static let feelingParticiples: WordSet = ["worrying"]
  /// Verbs that link a subject to how it feels (`was outraged`, `felt betrayed`, `grew furious`).
  static let linkingVerbs: WordSet = [
    "is", "are", "was", "were", "be", "been", "being", "am", "'m", "’m", "'re", "’re", "'s", "’s", "feel", "feels", "felt",
    "feeling", "seem", "seems", "seemed", "appear", "appears", "appeared", "become", "becomes", "became", "got", "get", "gets",
    "grew", "grow", "remain", "remains", "remained", "looked", "looks", "sounded",
  ]
  /// What a feeling is about (`outraged at`, `furious over`, `worrying that`).
  static let causeWords: WordSet = ["at", "by", "over", "about", "that", "with", "whether", "if"]
  /// Participles that take an object as verbs (`alarming her boyfriend`, `devoted time and
  /// resources`): an act reported, where before a noun (`an alarming rise`) they judge.
  static let verbSenses: WordSet = ["alarming", "devoted", "devoting"]
  static let objectStarts: WordSet = [
    "her", "him", "them", "his", "their", "its", "the", "time", "resources", "money", "attention", "effort", "efforts",
    "hours", "years", "much", "more", "considerable", "significant", "most", "millions", "billions", "funds", "space",
  ]
  /// Moral categories named beside the legal one (`orders they believe to be illegal or unethical`).
  static let moralCategories: WordSet = ["unethical", "immoral"]
  static let legalWords: WordSet = ["illegal", "unlawful"]
  static let or: WordSet = ["or"]
  /// Names of a social ill that, after a preposition of topic (`talk about racism`, `a march
  /// against police brutality`), name the subject discussed; `accused him of racism` still charges.
  static let topicNouns: WordSet = [
    "racism", "sexism", "bigotry", "discrimination", "extremism", "hatred", "injustice", "brutality", "inequality",
    "xenophobia", "antisemitism", "islamophobia", "misogyny", "homophobia", "corruption", "terrorism",
  ]
  /// `on` names a topic only after a word for discussion (`a forum on racism`); elsewhere it
  /// can mean a basis (`built his career on racism`), which charges.
  static let discussionNouns: WordSet = [
    "talk", "talks", "conference", "debate", "debates", "discussion", "discussions", "dialogue", "forum", "panel", "lecture",
    "lectures", "course", "courses", "summit", "report", "reports", "hearing", "hearings", "speech", "views", "stance",
    "position", "policy", "policies", "training", "workshop", "seminar", "series", "book", "study", "research", "commission",
  ]
  static let onWord: WordSet = ["on"]
  static let topicPrepositions: WordSet = ["about", "against", "combat", "combating", "combatting", "confront", "confronting", "tackle", "tackling", "address", "addressing", "fight", "fighting"]
  static let topicModifiers: WordSet = ["systemic", "structural", "institutional", "police", "racial", "gender", "religious", "online", "everyday"]
  /// People named by what they did, as the subject of the concrete act (`looters broke into the
  /// store`): a description of the act, not a name put on a group.
  static let actors: WordSet = ["looters", "vandals", "arsonists", "burglars", "thieves"]
  static let concreteActs: WordSet = [
    "broke", "smashed", "stole", "set", "ransacked", "looted", "took", "grabbed", "carried", "threw", "torched", "burned",
    "burnt", "damaged", "shattered", "entered", "spray-painted", "emptied", "made", "fled", "ran", "hit", "destroyed", "stormed",
  ]
  static let auxiliaries: WordSet = ["had", "have", "has", "also", "then", "later", "quickly"]
  /// Nouns that end a Title Case name of a law, a body or a group (`the Insurrection Act`, `the Patriot Act`).
  static let nameNouns: WordSet = [
    "act", "acts", "law", "bill", "agency", "department", "office", "bureau", "commission", "committee", "council", "party",
    "front", "movement", "army", "brigade", "brigades", "foundation", "institute", "center", "centre", "fund", "league",
    "union", "alliance", "corps", "caucus", "coalition", "society", "association", "network", "organization", "organisation",
    "project", "initiative", "program", "programme", "amendment", "treaty", "accord", "doctrine", "convention", "task",
  ]
  static let percentWords: WordSet = ["percent", "per", "pct"]
  static let far: WordSet = ["far"]
  static let placeNouns: WordSet = [
    "side", "sides", "corner", "end", "edge", "column", "lane", "seat", "wall", "bank", "field", "flank", "foreground",
    "background",
  ]

  /// Whether `hit`, in the sentence made of the tokens `sentence`, is used in its plain sense.
  static func isPlain(_ hit: Hit, sentence: Range<Int>, in context: TextContext) -> Bool {
    guard hit.family == .loaded || hit.family == .labels || hit.family == .intensity else { return false }
    let tokens = context.tokens
    let first = hit.tokenRange.lowerBound
    let end = hit.tokenRange.upperBound
    func word(_ index: Int, in set: WordSet) -> Bool {
      sentence.contains(index) && tokens.tokens[index].isWordLike && set.contains(token: index, of: tokens)
    }
    func nextTwo(in set: WordSet) -> Bool { word(end, in: set) || (sentence.contains(end) && tokens.tokens[end].isWordLike && word(end + 1, in: set)) }
    if isInName(hit, sentence: sentence, in: context) || isAnswerOption(hit, sentence: sentence, in: context) { return true }
    if hit.tokenRange.count == 1 {
      for sense in technicalSenses where sense.word.contains(token: first, of: tokens) {
        // Before its noun (`volatile markets`) or after it (`the market's resilience`, `markets were volatile`).
        let possessive = first > sentence.lowerBound && sense.nouns.contains(possessive: first - 1, of: tokens)
        return possessive || nextTwo(in: sense.nouns) || word(first - 1, in: sense.nouns) || word(first - 2, in: sense.nouns)
          || word(first - 3, in: sense.nouns)
      }
      if trust.contains(token: first, of: tokens) {
        return sentence.contains { index in
          (tokens.tokens[index].isWordLike && pollWords.contains(token: index, of: tokens)) || isMark(index, ["%"], context)
        }
      }
      if never.contains(token: first, of: tokens) { return word(end, in: idiomVerbs) && !word(end + 1, in: neverObjects) }
      if historic.contains(token: first, of: tokens) { return nextTwo(in: historicNouns) }
      if soCalled.contains(token: first, of: tokens) { return introducesATerm(after: end, in: context) }
      if gang.contains(token: first, of: tokens) { return word(end, in: gangNouns) }
      if alleged.contains(token: first, of: tokens) { return nextTwo(in: chargeNouns) }
      if supposed.contains(token: first, of: tokens) { return word(end, in: to) }
      if reactions.contains(token: first, of: tokens) {
        return word(first - 1, in: reactionReporters) || word(first - 2, in: reactionReporters) || word(end, in: reactionCauses)
      }
      if feelingParticiples.contains(token: first, of: tokens) { return word(end, in: causeWords) }
      if verbSenses.contains(token: first, of: tokens) { return word(end, in: objectStarts) }
      if moralCategories.contains(token: first, of: tokens) {
        return (word(first - 1, in: or) && word(first - 2, in: legalWords)) || (word(end, in: or) && word(end + 1, in: legalWords))
      }
      if topicNouns.contains(token: first, of: tokens) {
        let before = word(first - 1, in: topicModifiers) ? first - 2 : first - 1
        return word(before, in: topicPrepositions) || (word(before, in: onWord) && word(before - 1, in: discussionNouns))
      }
      if actors.contains(token: first, of: tokens) {
        return word(end, in: concreteActs) || (word(end, in: auxiliaries) && word(end + 1, in: concreteActs))
      }
      if feelings.contains(token: first, of: tokens) {
        let previous = first - 1
        let linked = word(previous, in: linkingVerbs) || (isAdverb(previous, context) && word(previous - 1, in: linkingVerbs))
        return linked || word(end, in: causeWords)
      }
      return false
    }
    guard hit.tokenRange.count == 2, far.contains(token: first, of: tokens) else { return false }
    return word(end, in: placeNouns) || (isMark(first - 1, [",", "("], context) && isMark(end, [",", ")"], context))
  }

  /// Whether a capitalised hit is part of a Title Case name of a law, a body or a group: a name
  /// noun among the capitalised words of the next three (`the Insurrection Act`, `Hate Crimes Prevention Act`).
  private static func isInName(_ hit: Hit, sentence: Range<Int>, in context: TextContext) -> Bool {
    guard context.isCapitalized(hit.tokenRange.lowerBound) else { return false }
    var index = hit.tokenRange.upperBound
    while index < sentence.upperBound, index - hit.tokenRange.upperBound < 3, context.tokens.tokens[index].isWordLike, context.isCapitalized(index) {
      if nameNouns.contains(token: index, of: context.tokens) { return true }
      index += 1
    }
    return false
  }

  /// Whether a quoted hit is a poll's answer with its share after it (`“excellent” (8%)`).
  private static func isAnswerOption(_ hit: Hit, sentence: Range<Int>, in context: TextContext) -> Bool {
    guard context.isQuoted(hit.tokenRange.lowerBound) else { return false }
    var index = hit.tokenRange.upperBound
    while index < sentence.upperBound, index - hit.tokenRange.upperBound < 3, context.tokens.tokens[index].kind == .punctuation { index += 1 }
    guard index + 1 < sentence.upperBound, context.tokens.tokens[index].kind == .number else { return false }
    return isMark(index + 1, ["%"], context) || (context.tokens.tokens[index + 1].isWordLike && percentWords.contains(token: index + 1, of: context.tokens))
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
