/// Finds the words that name the source of a reporting verb and judges whether they name one.
///
/// The source is the run of words before the verb back to the last punctuation, quotation or
/// clause word (`that`, `which`, `because`); when there is none and the verb is one that news
/// puts before its speaker (`said Khan`, `added the minister`), the run after it. `according to`
/// always looks ahead. A verb with no words for a speaker (`, which has accused the state`,
/// `… and called for peace`) gives no finding: the words after such a verb are its object. A run naming nobody (`a source`, `officials`, `some`)
/// is vague; a pronoun refers back to someone named; a capitalized name or a definite
/// description (`the statement`) names a source.
enum SourcePhrase {
  static let clauseWords: WordSet = [
    "that", "which", "who", "whom", "whose", "because", "as", "when", "while", "if", "after", "before", "but", "since",
    "although", "though", "where",
  ]
  static let pronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you"]
  static let definites: WordSet = ["the", "this", "that", "these", "those", "his", "her", "its", "their", "our"]
  /// Words that end the subject before its verb without naming anyone (`had`, `further`).
  static let trailingWords: WordSet = [
    "had", "has", "have", "was", "were", "is", "are", "been", "also", "further", "then", "later", "earlier", "previously",
    "again", "already", "once", "recently", "would", "will", "did", "does", "do", "still",
  ]
  /// Capitalized words that open sentences and name nobody.
  static let openers: WordSet = [
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "but", "and", "in", "on", "at", "as",
    "after", "before", "while", "ahead", "meanwhile", "however", "also", "some", "many", "several", "one", "most", "even",
  ]

  /// The finding for the reporting hit `hit` in the sentence made of `sentenceTokens`, or nil
  /// when no words stand for its speaker.
  static func finding(for hit: Hit, sentenceIndex: Int, sentenceTokens: Range<Int>, in text: TextContext) -> SourceFinding? {
    if hit.entry.isVagueAttribution {
      return SourceFinding(hit: hit, sourceUTF8Range: text.utf8Range(of: hit.tokenRange), kind: .vague, sentenceIndex: sentenceIndex)
    }
    let isStance = hit.entry.isStance
    if isStance, !holdsAView(hit, sentenceTokens, text) { return nil }
    let isAccordingTo = hit.entry.words.first == "according"
    var tokens = isAccordingTo ? hit.tokenRange.upperBound..<hit.tokenRange.upperBound : before(hit, sentenceTokens, text)
    // A passive names its speaker after `by` (`was denounced by Democrats`), or gives none (`He was
    // slammed for …`, as `who was praised for` does): its subject is who was spoken of, not who spoke.
    if !isAccordingTo, !isStance, isPassive(hit, sentenceTokens, text) {
      guard let agent = passiveAgent(of: hit, sentenceTokens, text) else { return nil }
      tokens = agent
    }
    // A pronoun holding a view is its source alone (`of how important she believes`).
    if isStance, let last = tokens.last, pronouns.contains(token: last, of: text.tokens) { tokens = last..<last + 1 }
    if tokens.isEmpty, let agent = passiveAgent(of: hit, sentenceTokens, text) { tokens = agent }
    if tokens.isEmpty && (isAccordingTo || text.senses[.invertingVerbs].contains(token: hit.tokenRange.lowerBound, of: text.tokens)) { tokens = after(hit, sentenceTokens, text) }
    guard tokens.contains(where: { text.tokens.tokens[$0].isWordLike }) else { return nil }
    return SourceFinding(
      hit: hit, sourceUTF8Range: text.utf8Range(of: tokens), kind: kind(of: tokens, sentenceStart: sentenceTokens.lowerBound, in: text),
      sentenceIndex: sentenceIndex)
  }

  /// Whether a one-word reporting verb in `-ed` follows a form of *be*, an adverb in `-ly` allowed
  /// between (`was roundly criticized`).
  private static func isPassive(_ hit: Hit, _ sentence: Range<Int>, _ text: TextContext) -> Bool {
    let verb = hit.tokenRange.lowerBound
    guard hit.tokenRange.count == 1, text.tokens.foldedBytes(of: text.tokens.tokens[verb]).reversed().starts(with: "de".utf8) else { return false }
    var previous = verb - 1
    if previous > sentence.lowerBound, isAdverb(previous, text) { previous -= 1 }
    return previous >= sentence.lowerBound && beForms.contains(token: previous, of: text.tokens)
  }

  /// The finding for a factive verb of disclosure (`revealed`, `found that`, `showed`) whose subject is a
  /// source: a name, `he`, `she` or `they`, or a noun for research, records or people who
  /// study (`most research has found that`); nil for any other subject (`the move revealed`),
  /// where the outlet itself presents the complement as fact.
  static func factiveFinding(for hit: Hit, sentenceIndex: Int, sentenceTokens: Range<Int>, in text: TextContext) -> SourceFinding? {
    guard let verb = hit.entry.words.first, text.senses[.disclosingVerbs].contains(verb) else { return nil }
    let tokens = before(hit, sentenceTokens, text)
    let words = tokens.filter { text.tokens.tokens[$0].isWordLike }
    guard let first = words.first else { return nil }
    let isSource =
      words.contains { isNameWord($0, sentenceTokens, text) } || words.contains { text.senses[.findingNouns].contains(token: $0, of: text.tokens) }
      || (words.count == 1 && factivePronouns.contains(token: first, of: text.tokens))
    guard isSource else { return nil }
    return SourceFinding(
      hit: hit, sourceUTF8Range: text.utf8Range(of: tokens), kind: kind(of: tokens, sentenceStart: sentenceTokens.lowerBound, in: text),
      sentenceIndex: sentenceIndex)
  }
  static let factivePronouns: WordSet = ["he", "she", "they"]

  static func kind(of tokens: Range<Int>, sentenceStart: Int, in text: TextContext) -> SourceFinding.Kind {
    let words = tokens.filter { text.tokens.tokens[$0].isWordLike }
    guard let first = words.first else { return .vague }
    func isIn(_ list: WordSet, _ index: Int) -> Bool { list.contains(token: index, of: text.tokens) }
    if isIn(text.senses[.vagueDeterminers], first) { return .vague }
    if isIn(pronouns, first) || isContractedPronoun(first, text) { return .pronoun }
    if words.contains(where: { isIn(text.senses[.vagueSources], $0) }) { return .vague }
    let hasName = words.contains { index in
      text.isCapitalized(index) && !(index == sentenceStart && isIn(openers, index))
    }
    if hasName || isIn(definites, first) { return .named }
    return .vague
  }

  private static func isBoundary(_ index: Int, _ text: TextContext) -> Bool {
    !text.tokens.tokens[index].isWordLike || text.isQuoted(index) || clauseWords.contains(token: index, of: text.tokens)
  }

  /// Words before a verb of view or feeling that do not name its holder: the writer, a dummy
  /// subject, or a possessive or pronoun ending in `s`.
  static let notHolders: WordSet = [
    "i", "we", "it", "you", "there", "his", "its", "this", "us", "thus", "was", "is", "has", "as", "less", "plus", "yes",
    "perhaps", "always", "sometimes", "unless", "across", "news", "s", "let's",
  ]
  static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being"]
  static let ofWords: WordSet = ["of"]

  /// Whether a verb of view or feeling (`attribution.stance`) has someone holding the view right
  /// before it: a name, a pronoun other than the writer's, or a plural noun (`Democrats fear`,
  /// `they hope`, `strategists anticipated`), not a noun's determiner or preposition (`the
  /// hope`, `a climate of fear`) nor a passive (`is expected`). After a comma or `and` the
  /// clause's first name is sought as for any reporting verb. A capitalised verb inside the
  /// sentence is a headline's Title Case, where such verbs are passives.
  private static func holdsAView(_ hit: Hit, _ sentence: Range<Int>, _ text: TextContext) -> Bool {
    let verb = hit.tokenRange.lowerBound
    // A capitalised verb inside a sentence is a headline's Title Case (`Vote Expected Saturday`).
    if verb > sentence.lowerBound, text.isCapitalized(verb) { return false }
    // `of` after it makes it a noun (`Republican hopes of a majority`, `fears of a war`).
    let next = hit.tokenRange.upperBound
    if next < sentence.upperBound, ofWords.contains(token: next, of: text.tokens) { return false }
    if verb > sentence.lowerBound, coordinators.contains(token: verb - 1, of: text.tokens) || isParticipleAfterComma(hit, text) { return true }
    // After an appositive set off by commas, the name before it (`Theo Gainey, 25, a neighbour, remembered him as`).
    if verb > sentence.lowerBound, isComma(verb - 1, text) { return nameBeforeAppositive(verb, sentence, text) != nil }
    var previous = verb - 1
    while previous >= sentence.lowerBound, trailingWords.contains(token: previous, of: text.tokens) || isAdverb(previous, text) {
      // `is expected` is a passive; `had been feeling`, `is hoping` are active.
      if hit.tokenRange.count == 1, beForms.contains(token: previous, of: text.tokens), !isProgressive(verb, text) { return false }
      previous -= 1
    }
    guard previous >= sentence.lowerBound, text.tokens.tokens[previous].kind == .word, !text.isQuoted(previous),
      !notHolders.contains(token: previous, of: text.tokens), !isPossessive(previous, text)
    else { return false }
    if pronouns.contains(token: previous, of: text.tokens) || quantifierHolders.contains(token: previous, of: text.tokens) { return true }
    if text.isCapitalized(previous) { return !(previous == sentence.lowerBound && openers.contains(token: previous, of: text.tokens)) }
    if text.tokens.foldedBytes(of: text.tokens.tokens[previous]).last == UInt8(ascii: "s") { return true }
    // One person or body after its determiner, with a finite verb whose complement is explicit
    // (`his opponent regards as`, `the report called the plan reckless`); a bare noun (`the hope`)
    // has no verb form in `s` or `ed`, and a lone verb of feeling may end a noun phrase (`the
    // drugs the president hopes to stop`).
    let hasComplement = hit.tokenRange.count > 1 || text.senses[.namingVerbs].contains(token: verb, of: text.tokens)
      || text.senses[.viewingVerbs].contains(token: verb, of: text.tokens)
    guard hasComplement, isFinite(verb, text), !beForms.contains(token: previous, of: text.tokens) else { return false }
    // The determiner may stand before one or two adjectives (`his Democratic counterpart called`),
    // not before a preposition (`the sting of being called`).
    var determiner = previous - 1
    while determiner >= sentence.lowerBound, previous - determiner <= 3, text.tokens.tokens[determiner].kind == .word,
      !prepositions.contains(token: determiner, of: text.tokens)
    {
      if holderDeterminers.contains(token: determiner, of: text.tokens) { return true }
      determiner -= 1
    }
    return false
  }

  /// Determiners before a singular noun holding a view (`his opponent regards`, `the panel deemed`);
  /// not `a`, which mostly opens a name introduced (`a group called Antifa`).
  static let holderDeterminers: WordSet = ["the", "his", "her", "their", "its", "our"]

  /// A verb form in `s` or `ed` (`regards`, `called`), which a noun after a determiner does not take.
  private static func isFinite(_ index: Int, _ text: TextContext) -> Bool {
    let folded = text.tokens.foldedBytes(of: text.tokens.tokens[index])
    return folded.last == UInt8(ascii: "s") || folded.reversed().starts(with: "de".utf8)
  }

  /// The most words after a verb of naming or viewing that its complement is looked for in.
  static let complementWords = 8
  static let asWords: WordSet = ["as"]

  /// Removes the verbs of naming and viewing that hold nothing in their complement (`a group
  /// called Antifa`, `residents saw smoke`): they report nothing, and shown as hits they would
  /// tag every *see* and *called* of a text.
  static func removeIdleNamingVerbs(_ hits: inout [Hit], sentence: Range<Int>, in text: TextContext) {
    guard hits.contains(where: { $0.entry.isStance }) else { return }
    var evaluativeStarts: [Int] = []
    for hit in hits where hit.family == .loaded || hit.family == .labels { evaluativeStarts.append(hit.tokenRange.lowerBound) }
    hits.removeAll { $0.entry.isStance && !holdsComplement($0, evaluativeStarts: evaluativeStarts, sentence: sentence, in: text) }
  }

  /// Whether a verb that names or views something (`[naming-verbs]`, `[viewing-verbs]`) has a
  /// loaded word, a label or a quotation in the words after it, up to the clause's end (`Lee called
  /// the plan reckless`, `called it "a cancer"`; `officials see Putin as a threat`, after `as` for a
  /// view): the words are then its subject's. Without one it reports nothing (`a group called
  /// Antifa`, `residents saw smoke`). Any other verb holds. `evaluativeStarts` are the first
  /// tokens of the sentence's loaded and label hits.
  private static func holdsComplement(_ hit: Hit, evaluativeStarts: [Int], sentence: Range<Int>, in text: TextContext) -> Bool {
    guard hit.tokenRange.count == 1 else { return true }
    let verb = hit.tokenRange.lowerBound
    let needsAs: Bool
    if text.senses[.namingVerbs].contains(token: verb, of: text.tokens) {
      needsAs = false
    } else if text.senses[.viewingVerbs].contains(token: verb, of: text.tokens) {
      needsAs = true
    } else {
      return true
    }
    var index = hit.tokenRange.upperBound, words = 0, hasAs = false
    while index < sentence.upperBound, words < complementWords {
      if !text.tokens.tokens[index].isWordLike {
        // Quotation marks around the word put on it (`called the plan "reckless"`) stay inside,
        // as do the marks inside a word (`post-9/11`).
        let bordersQuote = (index + 1 < sentence.upperBound && text.isQuoted(index + 1)) || text.isQuoted(index - 1)
        guard bordersQuote || isMark(index, "-", text) || isMark(index, "/", text) else { return false }
      } else {
        // A loaded word, or the subject's own words quoted (`called it "a cancer"`).
        if evaluativeStarts.contains(index) || text.isQuoted(index), hasAs || !needsAs { return true }
        if asWords.contains(token: index, of: text.tokens) {
          hasAs = true
        } else if clauseWords.contains(token: index, of: text.tokens) {
          return false
        }
        words += 1
      }
      index += 1
    }
    return false
  }

  /// A word in `'s` or `’s` (`Lincoln's call for`, `the president's fears`): what follows is its
  /// noun, not a verb. A pronoun's `'s` is *is* or *has* (`he's deemed`, `she's called`).
  private static func isPossessive(_ index: Int, _ text: TextContext) -> Bool {
    endsInApostropheS(index, text) && !contractingPronouns.contains(possessive: index, of: text.tokens)
  }

  /// A pronoun with `'s` for *is* or *has* (`he's deemed`): the pronoun is the source.
  private static func isContractedPronoun(_ index: Int, _ text: TextContext) -> Bool {
    pronouns.contains(possessive: index, of: text.tokens)
  }

  /// Whether the word ends in `'s` or `’s`.
  private static func endsInApostropheS(_ index: Int, _ text: TextContext) -> Bool {
    let folded = text.tokens.foldedBytes(of: text.tokens.tokens[index])
    return folded.count > 2 && (folded.reversed().starts(with: "s'".utf8) || folded.reversed().starts(with: [0x73, 0x99, 0x80, 0xE2]))
  }

  /// Pronouns for people whose `'s` is a verb (`he's deemed`, `who's called`), not a possessive;
  /// `here's`, `there's` and `it's` open idioms and passives (`Here's hoping`), no holder.
  static let contractingPronouns: WordSet = ["he", "she", "who"]

  /// Quantifiers that stand alone for the people holding a view (`Many fear`, `some hope`): a vague source.
  static let quantifierHolders: WordSet = ["many", "some", "others", "few", "most", "several"]

  private static func isProgressive(_ index: Int, _ text: TextContext) -> Bool {
    text.tokens.foldedBytes(of: text.tokens.tokens[index]).reversed().starts(with: "gni".utf8)
  }

  /// A word ending in `ly` (`Democrats privately fear`).
  private static func isAdverb(_ index: Int, _ text: TextContext) -> Bool {
    text.tokens.tokens[index].kind == .word && text.tokens.foldedBytes(of: text.tokens.tokens[index]).reversed().starts(with: "yl".utf8)
  }

  /// Words that join a second verb to an earlier subject (`Pakistan … and called for peace`,
  /// `Democrats would not give details, but described it as disturbing`).
  static let coordinators: WordSet = ["and", "or", "nor", "but"]
  static let butWords: WordSet = ["but"]

  /// The run before the verb. When a coordinator stands right before it, or it is a participle
  /// after a comma, the words before are the first verb's object and the subject is further
  /// back: the first name of the clause (`Later, Schiff turned to them and chided them`,
  /// `Khan left the room, saying …`), or nothing. After an appositive set off by commas, the
  /// name before it (`Rep. Lee Zeldin, R-N.Y., laid into …`).
  private static func before(_ hit: Hit, _ sentence: Range<Int>, _ text: TextContext) -> Range<Int> {
    let verb = hit.tokenRange.lowerBound
    if verb > sentence.lowerBound, coordinators.contains(token: verb - 1, of: text.tokens) || isParticipleAfterComma(hit, text) {
      // A comma before `but` (`…, but described it as`) closes the first verb's clause; after `, and`
      // a new clause often has a subject of its own (`his father, Hafez, and hopes were`).
      let end = verb - 2 > sentence.lowerBound && butWords.contains(token: verb - 1, of: text.tokens) && isComma(verb - 2, text) ? verb - 2 : verb - 1
      return coordinatedSubject(before: end, sentence, text)
    }
    if let named = nameBeforeAppositive(verb, sentence, text) { return named }
    var start = hit.tokenRange.lowerBound, words = 0
    var end = hit.tokenRange.lowerBound
    while start > sentence.lowerBound, words < 10 {
      if isMark(start - 1, ")", text), let open = (max(sentence.lowerBound, start - 1 - appositiveTokens)..<start - 1).last(where: { isMark($0, "(", text) }) {
        // A bracketed aside (`Jones (D-Ohio) and Lee (R-Utah) proposed`) belongs to the name before it.
        start = open
        continue
      }
      if let widget = text.widget(endingAt: start - 1), widget.lowerBound > sentence.lowerBound {
        // The speaker is the name before a widget of related stories (`Lee LeeVoters sour … MORE (R-Ore.) said`).
        start = widget.lowerBound
        end = start
        words = 0
        continue
      }
      guard !isBoundary(start - 1, text) else { break }
      start -= 1
      words += 1
    }
    while end > start, trailingWords.contains(token: end - 1, of: text.tokens) { end -= 1 }
    if start == end, let antecedent = relativeAntecedent(before: start, verb: verb, sentence, text) { return antecedent }
    return start..<end
  }

  /// Relative pronouns for people, whose antecedent is the speaker (`his fans, several of whom praised`).
  static let personRelatives: WordSet = ["who", "whom"]
  /// Words that count a part of the antecedent (`several of whom`, `some of whom`).
  static let partitives: WordSet = ["some", "several", "many", "most", "few", "all", "both", "one", "two", "three", "none", "each"]

  /// The last words before the relative clause about people right before the verb (`his fans,
  /// several of whom praised`, `Lee, who urged`, `unions who warn`): the speaker; nil otherwise.
  /// `which` clauses are left alone: their antecedent is often the main clause's, not a speaker.
  private static func relativeAntecedent(before end: Int, verb: Int, _ sentence: Range<Int>, _ text: TextContext) -> Range<Int>? {
    guard end - 1 > sentence.lowerBound, personRelatives.contains(token: end - 1, of: text.tokens) else { return nil }
    // `who was admitted to the bar`: a passive reports nobody's words.
    if (end..<verb).contains(where: { beForms.contains(token: $0, of: text.tokens) }) { return nil }
    var comma = end - 2
    if comma - 1 > sentence.lowerBound, ofWords.contains(token: comma, of: text.tokens), partitives.contains(token: comma - 1, of: text.tokens) {
      comma -= 2
    }
    // A restrictive clause (`teachers' unions who warn that`) has no comma: the words right before `who`.
    if comma == end - 2, !isComma(comma, text), text.tokens.tokens[comma].isWordLike { comma = end - 1 }
    guard comma > sentence.lowerBound, comma == end - 1 || isComma(comma, text) else { return nil }
    var start = comma
    while start > sentence.lowerBound, comma - start < 3, !isBoundary(start - 1, text), !prepositions.contains(token: start - 1, of: text.tokens) { start -= 1 }
    return start < comma ? start..<comma : nil
  }
  /// Prepositions that end an antecedent's words going back (`matter to his fans, several of whom`).
  static let prepositions: WordSet = ["to", "of", "for", "with", "by", "from", "at", "on", "in", "among", "about"]

  /// The longest an appositive between a name and its verb is, in tokens.
  static let appositiveTokens = 16

  /// The name before an appositive set off by commas right before the verb (`Rep. Lee Zeldin,
  /// R-N.Y., laid into …`, `Khan, the minister, said …`), or nil when there is no such name.
  private static func nameBeforeAppositive(_ verb: Int, _ sentence: Range<Int>, _ text: TextContext) -> Range<Int>? {
    var end = verb
    while end > sentence.lowerBound, trailingWords.contains(token: end - 1, of: text.tokens) { end -= 1 }
    guard end - 2 > sentence.lowerBound, isComma(end - 1, text) else { return nil }
    // A relative clause, commas and all (`Lee, who was in Ohio, not Iowa, has urged`): the name before it.
    var relative = end - 2
    while relative > sentence.lowerBound, end - relative <= relativeAppositiveTokens, !text.isQuoted(relative) {
      if relativeWords.contains(token: relative, of: text.tokens), isComma(relative - 1, text) {
        return name(before: relative - 1, sentence, text, subjectAtStart: false)
      }
      relative -= 1
    }
    var comma = end - 2
    while comma > sentence.lowerBound, end - comma <= appositiveTokens, !isComma(comma, text) {
      if text.isQuoted(comma) || clauseWords.contains(token: comma, of: text.tokens) { return nil }
      comma -= 1
    }
    guard comma > sentence.lowerBound, isComma(comma, text) else { return nil }
    // `But his top lieutenant, Sen. Dick Durbin, blasted`: the appositive names the speaker.
    return name(before: comma, sentence, text, subjectAtStart: true) ?? (comma + 1..<end - 1).first { isNameWord($0, sentence, text) }.map { $0..<end - 1 }
  }

  /// The name in the run before `comma`; with `subjectAtStart`, a run opening the sentence
  /// whether or not it is a name (`Union leaders, of course, insist`): its words decide how it names.
  private static func name(before comma: Int, _ sentence: Range<Int>, _ text: TextContext, subjectAtStart: Bool) -> Range<Int>? {
    var start = comma
    while start > sentence.lowerBound, comma - start < 10, !isBoundary(start - 1, text) { start -= 1 }
    // An age between commas (`Theo Gainey, 25, who …`) follows the name.
    if comma - start == 1, text.tokens.tokens[start].kind == .number, start - 1 > sentence.lowerBound, isComma(start - 1, text) {
      return name(before: start - 1, sentence, text, subjectAtStart: subjectAtStart)
    }
    if let first = (start..<comma).first(where: { isNameWord($0, sentence, text) }) { return first..<comma }
    guard subjectAtStart, start == sentence.lowerBound, start < comma, !openers.contains(token: start, of: text.tokens) else { return nil }
    return start..<comma
  }

  /// Relative pronouns that open an appositive clause after a name (`Lee, who was abroad, urged`,
  /// `Russia, which sent troops in 2015, denied`).
  static let relativeWords: WordSet = ["who", "whose", "which"]
  /// The longest an appositive holding a relative clause is, in tokens.
  static let relativeAppositiveTokens = 24

  private static func isMark(_ index: Int, _ mark: String, _ text: TextContext) -> Bool {
    text.tokens.tokens[index].kind == .punctuation && text.tokens.foldedBytes(of: text.tokens.tokens[index]).elementsEqual(mark.utf8)
  }

  private static func isComma(_ index: Int, _ text: TextContext) -> Bool {
    text.tokens.tokens[index].kind == .punctuation && text.tokens.foldedBytes(of: text.tokens.tokens[index]).elementsEqual(",".utf8)
  }

  private static func isNameWord(_ index: Int, _ sentence: Range<Int>, _ text: TextContext) -> Bool {
    text.tokens.tokens[index].isWordLike && text.isCapitalized(index) && !(index == sentence.lowerBound && openers.contains(token: index, of: text.tokens))
      && !calendarWords.contains(token: index, of: text.tokens)
  }

  /// Capitalised words of the calendar, which name no speaker.
  static let calendarWords: WordSet = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december",
  ]

  /// A reporting participle after a comma (`Khan left, saying …`): its subject is the clause's.
  private static func isParticipleAfterComma(_ hit: Hit, _ text: TextContext) -> Bool {
    let verb = hit.tokenRange.lowerBound
    guard verb > 0, text.tokens.tokens[verb - 1].kind == .punctuation,
      text.tokens.foldedBytes(of: text.tokens.tokens[verb - 1]).elementsEqual(",".utf8)
    else { return false }
    return text.tokens.foldedBytes(of: text.tokens.tokens[verb]).reversed().starts(with: "gni".utf8)
  }

  /// The first run of capitalised words in the clause that ends at `end`, skipping an opener
  /// at the sentence's start; empty when there is none.
  private static func coordinatedSubject(before end: Int, _ sentence: Range<Int>, _ text: TextContext) -> Range<Int> {
    var start = end
    while start > sentence.lowerBound, !text.isQuoted(start - 1) {
      if text.tokens.tokens[start - 1].isWordLike {
        start -= 1
      } else if isMark(start - 1, ")", text), let open = (max(sentence.lowerBound, start - 1 - appositiveTokens)..<start - 1).last(where: { isMark($0, "(", text) }) {
        // A bracketed aside (`Schumer (D-N.Y.) also … and lambasted`) stays inside the clause.
        start = open
      } else {
        break
      }
    }
    guard
      let first = (start..<end).first(where: { index in
        text.isCapitalized(index) && !(index == sentence.lowerBound && openers.contains(token: index, of: text.tokens))
          && !calendarWords.contains(token: index, of: text.tokens)
      })
    else { return end..<end }
    var last = first + 1
    while last < end, text.isCapitalized(last) { last += 1 }
    return first..<last
  }

  /// The words after `by` when it follows the verb: the speaker of a passive (`was denounced by
  /// Democrats as a whitewash`).
  private static func passiveAgent(of hit: Hit, _ sentence: Range<Int>, _ text: TextContext) -> Range<Int>? {
    let by = hit.tokenRange.upperBound
    guard by < sentence.upperBound, byWords.contains(token: by, of: text.tokens) else { return nil }
    let words = after(Hit(entry: hit.entry, utf8Range: hit.utf8Range, tokenRange: hit.tokenRange.lowerBound..<by + 1), sentence, text)
    return words.isEmpty ? nil : words
  }
  static let byWords: WordSet = ["by"]

  private static func after(_ hit: Hit, _ sentence: Range<Int>, _ text: TextContext) -> Range<Int> {
    var end = hit.tokenRange.upperBound
    while end < sentence.upperBound, end - hit.tokenRange.upperBound < 8, !isBoundary(end, text) { end += 1 }
    return hit.tokenRange.upperBound..<end
  }
}
