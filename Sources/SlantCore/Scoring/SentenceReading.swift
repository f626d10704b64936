/// What one sentence holds before its neighbours are considered: hits with their modifiers,
/// its own source if it names one, and the signals of the outlet's own voice.
struct SentenceReading: Sendable {
  /// Categories that make an assertion evaluative besides the loaded and label families.
  /// Quotations of at most this many words may be scare quotes.
  static let scareQuoteWords = 4

  var sentence: Sentence
  var tokenRange: Range<Int>
  var hits: [Hit]
  /// Quotations with words in this sentence.
  var quotations: [Quotation]
  /// The sentence's own reporting verb and source, named ones first.
  var source: SourceFinding?
  /// The cue words, as token ranges, when the sentence is an insinuating question.
  var questionCues: [Range<Int>]
  /// Hits that a plain-sense rule removed, named at the end of the reason.
  var plainSenses: [PlainSenseDrop]

  /// - Parameters:
  ///   - quotations: the quotations with words in this sentence (`QuotationCursor`).
  ///   - isHeadline: the sentence is a document's title, whose questions announce an explainer.
  ///   - plainSenses: hits a plain-sense rule removed (`PlainSense`).
  init(
    sentence: Sentence, tokenRange: Range<Int>, hits: consuming [Hit], quotations: [Quotation], in text: TextContext, isHeadline: Bool = false,
    plainSenses: [PlainSenseDrop] = []
  ) {
    self.sentence = sentence
    self.plainSenses = plainSenses
    self.tokenRange = tokenRange
    self.quotations = quotations
    self.hits = Self.modified(hits, in: text)
    // Reserved for all the hits: `filter` grows its result append by append, for every sentence.
    var ownVoice: [Hit] = []
    ownVoice.reserveCapacity(self.hits.count)
    for hit in self.hits where !hit.modifiers.contains(.quoted) && hit.family != .frames && hit.family != .other { ownVoice.append(hit) }
    self.ownVoice = ownVoice
    weakenedStarts = []
    for hit in ownVoice where Self.isWeakened(hit, in: text) { weakenedStarts.append(hit.tokenRange.lowerBound) }
    self.source = Self.source(in: self.hits, sentence: sentence.index, tokens: tokenRange, text: text)
    self.questionCues = InsinuatingQuestion.cues(in: tokenRange, of: text, isHeadline: isHeadline)
  }

  /// Hits in the outlet's own voice (outside quotation marks) that can bear on its label.
  var ownVoice: [Hit]
  /// Where evaluative hits start that their context empties of judgement (`HitWeakening`).
  var weakenedStarts: [Int]

  var hedges: [Hit] { ownVoice.filter { $0.family == .hedges && $0.entry.isDecisive } }
  var evidence: [Hit] { ownVoice.filter { $0.entry.isEvidence } }

  var evaluative: [Hit] {
    ownVoice.filter { hit in
      hit.entry.isDecisive && hit.entry.isEvaluative && !weakenedStarts.contains(hit.tokenRange.lowerBound)
    }
  }

  /// Weak signals (weight below 1) that are shown but decide nothing.
  var weak: [Hit] {
    ownVoice.filter { !$0.entry.isDecisive && [.loaded, .labels, .intensity, .hedges, .verbs].contains($0.family) }
  }

  /// The last two words of a teaser linking to another article (`… siding with Putin Read more`).
  static let readMore: WordSet = ["read"]
  static let more: WordSet = ["more"]

  /// Whether the sentence is a line linking to another article: one or two lead words and a
  /// colon (`READ MORE:`, `See also:`) opening it or standing right before it, where the
  /// splitter leaves them. Its words are another headline's, not an assertion.
  func isLinkLine(in text: TextContext) -> Bool {
    let tokens = text.tokens.tokens
    func isColon(_ index: Int) -> Bool {
      tokens[index].kind == .punctuation && text.tokens.foldedBytes(of: tokens[index]).elementsEqual(":".utf8)
    }
    func isLead(_ index: Int) -> Bool { tokens[index].isWordLike && text.senses[.linkLeads].contains(token: index, of: text.tokens) }
    // A teaser ending in `Read more` (`Trump 'treasonous' after siding with Putin Read more`).
    var last = tokenRange.upperBound - 1
    while last > tokenRange.lowerBound + 1, !tokens[last].isWordLike { last -= 1 }
    if last > tokenRange.lowerBound + 1, Self.more.contains(token: last, of: text.tokens), tokens[last - 1].isWordLike,
      Self.readMore.contains(token: last - 1, of: text.tokens)
    {
      return true
    }
    let start = tokenRange.lowerBound
    var colon = start
    while colon < tokenRange.upperBound, colon - start < 2, isLead(colon) { colon += 1 }
    if colon > start, colon < tokenRange.upperBound, isColon(colon) { return true }
    guard start > 0, isColon(start - 1) else { return false }
    var lead = start - 1
    while lead > 0, start - 1 - lead < 2, isLead(lead - 1) { lead -= 1 }
    guard lead < start - 1 else { return false }
    return text.text.utf8.withContiguousBytes { text.tokens.breaksLine(before: lead, in: $0) }
  }

  /// Percentages outside quotation marks (`64%`, `27 %`): a figure, from a poll or a count,
  /// is the sentence's evidence as `percent` is.
  func percentages(in text: TextContext) -> [Range<Int>] {
    var found: [Range<Int>] = []
    for index in tokenRange.dropLast() where text.tokens.tokens[index].kind == .number && !text.isQuoted(index) {
      let next = text.tokens.tokens[index + 1]
      if next.kind == .punctuation, text.tokens.foldedBytes(of: next).elementsEqual("%".utf8) { found.append(index..<index + 2) }
    }
    return found
  }

  /// Whether some words of the sentence are quoted.
  func hasQuotedWords(in text: TextContext) -> Bool {
    tokenRange.contains { text.isQuoted($0) && text.tokens.tokens[$0].isWordLike }
  }

  /// Short quotations wholly inside this sentence that may be scare quotes: at most
  /// `scareQuoteWords` words, with words of the sentence outside them and before them, and
  /// neither a name or title (`ScareQuoteShape`) nor reported speech.
  func shortQuotations(in text: TextContext) -> [Quotation] {
    let wordsOutside = tokenRange.contains { !text.isQuoted($0) && text.tokens.tokens[$0].isWordLike }
    guard wordsOutside else { return [] }
    return quotations.filter { quotation in
      tokenRange.lowerBound <= quotation.contentTokens.lowerBound && quotation.contentTokens.upperBound <= tokenRange.upperBound
        && quotation.contentTokens.filter { text.tokens.tokens[$0].isWordLike }.count <= Self.scareQuoteWords
        && ScareQuoteShape(quotation, sentence: tokenRange, in: text).isScareQuote
    }
  }
}

private extension SentenceReading {
  static func modified(_ hits: consuming [Hit], in text: TextContext) -> [Hit] {
    // Where negators and intensifiers end, gathered first: asking every hit about every other
    // hit copied each one, and few sentences have either.
    var modified = consume hits
    var negatorEnds: [Int] = [], intensifierEnds: [Int] = []
    for hit in modified {
      // `not only X but`, `not just X`: X is affirmed, and more added to it.
      if hit.family == .negators, !additives.contains(token: hit.tokenRange.upperBound, of: text.tokens) {
        negatorEnds.append(hit.tokenRange.upperBound)
      }
      if hit.entry.isIntensifier { intensifierEnds.append(hit.tokenRange.upperBound) }
    }
    for index in modified.indices {
      let start = modified[index].tokenRange.lowerBound
      if text.isQuoted(modified[index]) { modified[index].modifiers.insert(.quoted) }
      if modified[index].family != .negators, negatorEnds.contains(where: { (start - 2...start).contains($0) }) {
        modified[index].modifiers.insert(.negated)
      }
      if !modified[index].entry.isIntensifier, intensifierEnds.contains(start) { modified[index].modifiers.insert(.boosted) }
    }
    return modified
  }

  /// Words after `not` that add rather than deny (`not only dangerous but`, `not just X`).
  static let additives: WordSet = ["only", "just", "merely", "simply", "solely"]

  /// Words before a factive verb that make it a passive or a condition, presupposing nothing
  /// (`was confirmed`, `if confirmed`, `was shown on television`).
  static let passiveMarkers: WordSet = ["was", "were", "is", "are", "be", "been", "being", "if", "once", "unless", "get", "gets", "got"]

  static let none: WordSet = ["none"]
  /// Past and perfect auxiliaries after `none` (`none have done that`, `none of them was charged`): a count of events.
  static let eventAuxiliaries: WordSet = ["have", "has", "had", "did", "was", "were"]
  static let ofWord: WordSet = ["of"]
  /// `none` with a past, perfect or passive verb after it, straight or after `of` and up to three
  /// words (`none have done that`, `none of them was charged`): it counts what happened, as `all 100` counts.
  static func isCountOfEvents(_ hit: Hit, in text: TextContext) -> Bool {
    guard hit.tokenRange.count == 1, none.contains(token: hit.tokenRange.lowerBound, of: text.tokens) else { return false }
    var index = hit.tokenRange.upperBound
    let tokens = text.tokens.tokens
    if index < tokens.count, tokens[index].isWordLike, ofWord.contains(token: index, of: text.tokens) {
      index += 1
      while index < tokens.count, index - hit.tokenRange.upperBound <= 4, tokens[index].isWordLike, !eventAuxiliaries.contains(token: index, of: text.tokens) { index += 1 }
    }
    guard index < tokens.count, tokens[index].isWordLike, eventAuxiliaries.contains(token: index, of: text.tokens) else { return false }
    // `was` and `were` count events only in a passive (`none was charged`); `none of this was true` judges.
    guard passiveMarkers.contains(token: index, of: text.tokens) else { return true }
    let next = index + 1
    guard next < tokens.count, tokens[next].kind == .word else { return false }
    let folded = text.tokens.foldedBytes(of: tokens[next])
    return folded.reversed().starts(with: "de".utf8) || folded.reversed().starts(with: "ne".utf8)
  }

  /// An absolute inside a clause of purpose within the five words before it, with no
  /// punctuation between: what a proposal aims at, not a claim about the world.
  static func isInsidePurpose(_ hit: Hit, in text: TextContext) -> Bool {
    var index = hit.tokenRange.lowerBound - 1
    let tokens = text.tokens.tokens
    while index >= 0, hit.tokenRange.lowerBound - index <= 5, tokens[index].isWordLike {
      // `so` as a degree word (`so never-ending`, `so much`) is right before the absolute.
      if text.senses[.purposeWords].contains(token: index, of: text.tokens), index < hit.tokenRange.lowerBound - 1 { return true }
      index -= 1
    }
    return false
  }

  /// Whether the context of an evaluative hit takes its judgement away: an absolute negated,
  /// approximated or counting, a factive verb in the passive or a condition.
  static func isWeakened(_ hit: Hit, in text: TextContext) -> Bool {
    // Most hits are of neither family: no category name is compared for them.
    guard hit.family == .intensity || hit.family == .verbs else { return false }
    let start = hit.tokenRange.lowerBound
    let previous = start > 0 && text.tokens.tokens[start - 1].isWordLike ? start - 1 : nil
    switch hit.category {
    case "absolute":
      // A count after it (`all 100 senators`, `every 10 years`) makes it a plain quantity.
      let next = hit.tokenRange.upperBound
      if next < text.tokens.tokens.count, text.tokens.tokens[next].kind == .number { return true }
      if hit.modifiers.contains(.negated) || previous.map({ text.senses[.approximators].contains(token: $0, of: text.tokens) }) == true { return true }
      return isCountOfEvents(hit, in: text) || isInsidePurpose(hit, in: text)
    case "verb.factive":
      return previous.map { passiveMarkers.contains(token: $0, of: text.tokens) } == true
    default:
      return false
    }
  }

  /// The first reporting verb with a named source, else the first with a vague one; failing
  /// both, a factive verb whose subject is a source (`SourcePhrase.factiveFinding`). Reporting
  /// words inside a vague-source or evidence phrase (`said` in `sources said`) are that phrase's.
  /// A verb of view or feeling counts only when no reporting verb gives a source: in `protesters
  /// said they felt powerless` the source is the protesters, who said it.
  static func source(in hits: [Hit], sentence: Int, tokens: Range<Int>, text: TextContext) -> SourceFinding? {
    // Only a reporting word or a verb gives a source: most sentences have neither, and spare the lists below.
    guard hits.contains(where: { $0.family == .attribution || $0.family == .verbs }) else { return nil }
    // A view inside the writer's own hedge (`seen as` in `can be seen as`) is the writer's.
    let hedgeSpans = hits.filter { $0.family == .hedges }.map(\.tokenRange)
    let reporting = hits.filter { hit in
      hit.family == .attribution && !hit.entry.isEvidence && !hit.modifiers.contains(.quoted)
        && !hedgeSpans.contains { $0 != hit.tokenRange && $0.lowerBound <= hit.tokenRange.lowerBound && hit.tokenRange.upperBound <= $0.upperBound }
    }
    let phrases = hits.filter { $0.entry.isVagueAttribution || $0.entry.isEvidence }
    var vague: SourceFinding?
    for isStance in [false, true] {
      for hit in reporting where hit.entry.isStance == isStance {
        let isInsidePhrase = phrases.contains { $0 != hit && $0.tokenRange.lowerBound <= hit.tokenRange.lowerBound && hit.tokenRange.upperBound <= $0.tokenRange.upperBound }
        if isInsidePhrase && !hit.entry.isVagueAttribution { continue }
        guard let finding = SourcePhrase.finding(for: hit, sentenceIndex: sentence, sentenceTokens: tokens, in: text) else { continue }
        if finding.kind != .vague { return finding }
        vague = vague ?? finding
      }
      if vague != nil { return vague }
    }
    // A factive verb with a source for its subject reports that source's finding
    // (`Microsoft revealed that`, `most research has found that`); not when it is a passive.
    for hit in hits where hit.family == .verbs && hit.category == "verb.factive" && !hit.modifiers.contains(.quoted) && !isWeakened(hit, in: text) {
      guard let finding = SourcePhrase.factiveFinding(for: hit, sentenceIndex: sentence, sentenceTokens: tokens, in: text) else { continue }
      if finding.kind != .vague { return finding }
      vague = vague ?? finding
    }
    return vague
  }
}
