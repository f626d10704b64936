/// Chooses each sentence's support label from its own reading and its neighbours', and writes
/// the reason. In order: a named source (its own, a pronoun referring back, the author of an
/// embedded post or transcript turn it belongs to, or a quotation credited in the sentence that closes it or
/// carried from the sentence before, or on the line a sentence introduces with a colon) makes it
/// `attributed`; an unnamed one `vague-source`; a line linking to another article (`READ: …`) is
/// `neutral`; then, in the outlet's own voice, a question that
/// insinuates its answer makes it `unsupported`, a hedge `hedged`, and an evaluative term without
/// evidence (an evidence phrase or a percentage) `unsupported` (scare quotes are listed with it, and alone decide nothing;
/// nor do boosters, absolutes, contested names and factive verbs without a loaded word or label, `LexiconEntry.asksForSource`).
struct SupportResolver {
  /// How a sentence came by its source.
  struct Credit {
    enum Route: Equatable {
      case own, closingSentence, previousSentence
      /// A voice without quotation marks: an embedded post, a transcript's turn, a speaker's credit.
      case voice(EmbeddedPost.Kind)
    }
    var finding: SourceFinding
    var route: Route
  }

  var readings: [SentenceReading]
  let text: TextContext
  /// The credit of the sentence before the first reading, in the stretch of text before.
  var carried: Credit? = nil
  /// False for a headline, whose quotation marks quote someone.
  var findsScareQuotes = true

  /// The readings' scored sentences, and the last one's credit to carry into the next stretch.
  func scoredSentences() -> (sentences: [ScoredSentence], lastCredit: Credit?) {
    var credits: [Credit?] = []
    var scored: [ScoredSentence] = []
    // The line after a sentence that introduces words with a colon (`In a statement, Lee said:`), and its speaker.
    var introduced: (credit: Credit, line: Range<Int>)?
    scored.reserveCapacity(readings.count)
    for (index, reading) in readings.enumerated() {
      var reading = reading
      let previous = index > 0 ? credits[index - 1] : carried
      var credit: Credit?
      var hasUncreditedQuote = false
      if let own = reading.source {
        credit = Credit(finding: own, route: .own)
      } else if let post = text.post(overlapping: reading.tokenRange) {
        let finding = SourceFinding(hit: nil, sourceUTF8Range: text.utf8Range(of: post.authorTokens), kind: .named, sentenceIndex: reading.sentence.index)
        credit = Credit(finding: finding, route: .voice(post.kind))
      } else if let introduced, introduced.line.contains(reading.sentence.utf8Range.lowerBound) {
        credit = Credit(finding: introduced.credit.finding, route: .previousSentence)
      } else if reading.hasQuotedWords(in: text) {
        if let closing = closingCredit(for: index) {
          credit = closing
        } else if let previous {
          credit = Credit(finding: previous.finding, route: .previousSentence)
        } else {
          if findsScareQuotes { markScareQuotes(in: &reading) }
          // Scare quotes and quoted names or titles quote nobody: neither asks for a source.
          let quotingNobody = reading.quotations.filter { quotation in
            quotation.isScareQuote || ScareQuoteShape(quotation, sentence: reading.tokenRange, in: text).isName
          }
          hasUncreditedQuote = reading.tokenRange.contains { index in
            text.isQuoted(index) && text.tokens.tokens[index].isWordLike && !quotingNobody.contains { $0.contentTokens.contains(index) }
          }
        }
      }
      credits.append(credit)
      if let credit, credit.route == .own, let line = text.lineIntroduced(by: reading.tokenRange) { introduced = (credit, line) }
      var (label, reason) = decide(reading, credit: credit, previous: previous, hasUncreditedQuote: hasUncreditedQuote)
      if !reading.plainSenses.isEmpty { reason += notCounted(reading.plainSenses) }
      let sourceRange = credit.flatMap { $0.route == .own ? $0.finding.sourceUTF8Range : nil }
      var sentence = ScoredSentence(
        sentence: reading.sentence, tokenRange: reading.tokenRange, hits: reading.hits, quotations: reading.quotations, label: label,
        reason: reason, sourceUTF8Range: sourceRange)
      if credit == nil && !hasUncreditedQuote { sentence.questionCueUTF8Ranges = reading.questionCues.compactMap(text.utf8Range(of:)) }
      scored.append(sentence)
    }
    return (scored, credits.last ?? carried)
  }
}

private extension SupportResolver {
  /// The source of the sentence that closes a quotation opened in sentence `index`.
  func closingCredit(for index: Int) -> Credit? {
    let reading = readings[index]
    for quotation in reading.quotations where quotation.contentTokens.upperBound > reading.tokenRange.upperBound {
      guard let closing = firstReading(after: index, holding: quotation.contentTokens.upperBound - 1), let finding = closing.source else { continue }
      return Credit(finding: finding, route: .closingSentence)
    }
    return nil
  }

  /// The first reading after `index` whose tokens hold `token` or the one after it (a closing
  /// mark), found by binary search: readings come in token order, and a quotation left open to
  /// its paragraph's end would otherwise have each of its sentences scan all the others.
  func firstReading(after index: Int, holding token: Int) -> SentenceReading? {
    var low = index + 1, high = readings.count
    while low < high {
      let middle = (low + high) / 2
      if readings[middle].tokenRange.upperBound <= token { low = middle + 1 } else { high = middle }
    }
    for candidate in readings[low...] {
      guard candidate.tokenRange.lowerBound <= token + 1 else { break }
      if candidate.tokenRange.contains(token) || candidate.tokenRange.contains(token + 1) { return candidate }
    }
    return nil
  }

  func markScareQuotes(in reading: inout SentenceReading) {
    let short = Set(reading.shortQuotations(in: text).map(\.contentTokens))
    guard !short.isEmpty else { return }
    for index in reading.quotations.indices where short.contains(reading.quotations[index].contentTokens) {
      reading.quotations[index].isScareQuote = true
    }
    for index in reading.hits.indices where short.contains(where: { $0.contains(reading.hits[index].tokenRange.lowerBound) }) {
      reading.hits[index].modifiers.insert(.scareQuoted)
    }
    for index in reading.ownVoice.indices where short.contains(where: { $0.contains(reading.ownVoice[index].tokenRange.lowerBound) }) {
      reading.ownVoice[index].modifiers.insert(.scareQuoted)
    }
  }

  /// The label and its reason.
  func decide(_ reading: SentenceReading, credit: Credit?, previous: Credit?, hasUncreditedQuote: Bool) -> (SupportLabel, String) {
    let evaluative = reading.evaluative.filter { hit in
      !hit.modifiers.contains(.scareQuoted) && !(credit.map { $0.route == .own && $0.finding.hit?.tokenRange.overlaps(hit.tokenRange) == true } ?? false)
    }
    var reason = ReasonText()
    if credit == nil, reading.isLinkLine(in: text) {
      reason += "neutral: a line linking to another article, not the outlet's assertion"
      appendList(evaluative, after: "; its words: ", to: &reason)
      return (.neutral, reason.string)
    }
    if let credit {
      let finding = credit.finding
      let label: SupportLabel = finding.kind == .vague ? .vagueSource : .attributed
      reason += label.rawValue
      reason += ": "
      switch credit.route {
      case .own: break
      case .closingSentence: reason += "quotation credited in sentence \(finding.sentenceIndex): "
      case .previousSentence: reason += "carried from sentence \(finding.sentenceIndex): "
      case .voice: break
      }
      if let hit = finding.hit {
        text.appendDescription(of: hit, to: &reason)
      } else if case .voice(let kind) = credit.route {
        reason += kind.name
      }
      let source = finding.sourceUTF8Range
      switch finding.kind {
      case .named:
        appendQuoted(finding.hit == nil ? " by " : ", source ", source, to: &reason)
      case .pronoun:
        appendQuoted(", source ", source, to: &reason)
        if credit.route == .own, let previous, previous.finding.kind == .named, let name = previous.finding.sourceUTF8Range {
          appendQuoted(" (refers back to ", name, to: &reason)
          reason += " in sentence \(previous.finding.sentenceIndex))"
        } else {
          reason += " (refers back)"
        }
      case .vague:
        if finding.hit?.entry.isVagueAttribution == true || source == nil {
          reason += "; no named source"
        } else {
          appendQuoted(", unnamed source ", source, to: &reason)
        }
      }
      appendList(evaluative, after: "; evaluative words: ", to: &reason)
      return (label, reason.string)
    }
    if hasUncreditedQuote {
      reason += "vague-source: quotation credited to no one in this or the next sentences"
      appendList(evaluative, after: "; evaluative words: ", to: &reason)
      return (.vagueSource, reason.string)
    }
    if !reading.questionCues.isEmpty {
      reason += "unsupported: insinuating question "
      for (position, cue) in reading.questionCues.enumerated() {
        appendQuoted(position == 0 ? "" : " … ", text.utf8Range(of: cue), to: &reason)
      }
      appendList(evaluative, after: "; evaluative words: ", to: &reason)
      reason += "; no source"
      return (.unsupported, reason.string)
    }
    let hedges = reading.hedges
    if !hedges.isEmpty {
      appendList(hedges, after: "hedged: ", to: &reason)
      reason += "; no source"
      appendList(evaluative, after: "; also evaluative: ", to: &reason)
      return (.hedged, reason.string)
    }
    // Scare quotes alone decide nothing: on expert-labelled news (BABE) the sentences they alone
    // made unsupported were biased at about the base rate, and read by hand most quoted a name,
    // a vote, a chant or a legal phrase. They are listed beside an evaluative term, or as a weak signal.
    let scareQuotes = reading.quotations.filter(\.isScareQuote)
    if evaluative.contains(where: \.entry.asksForSource) {
      let evidence = reading.evidence
      let figures = evidence.isEmpty ? reading.percentages(in: text) : []
      reason += evidence.isEmpty && figures.isEmpty ? "unsupported: " : "neutral: "
      appendList(evaluative, after: "", to: &reason)
      for (position, quotation) in scareQuotes.enumerated() {
        appendQuoted(position == 0 && evaluative.isEmpty ? "scare quotes around " : ", scare quotes around ", text.utf8Range(of: quotation.contentTokens) ?? quotation.utf8Range, to: &reason)
      }
      guard evidence.isEmpty && figures.isEmpty else {
        appendList(evidence, after: " backed by evidence ", to: &reason)
        for (position, figure) in figures.enumerated() {
          appendQuoted(position == 0 ? " backed by the figure " : ", ", text.utf8Range(of: figure), to: &reason)
        }
        reason += "; no source"
        return (.neutral, reason.string)
      }
      reason += "; no source; no hedge"
      return (.unsupported, reason.string)
    }
    if evaluative.isEmpty {
      reason += "neutral: no source, hedge or evaluative term in the outlet's voice"
    } else {
      appendList(evaluative, after: "neutral: no loaded word or label in the outlet's voice, only ", to: &reason)
    }
    let weakLead = evaluative.isEmpty ? "; weak signals only: " : "; weak signals: "
    appendList(reading.weak, after: weakLead, to: &reason)
    for (position, quotation) in scareQuotes.enumerated() {
      let lead = position > 0 ? ", scare quotes around " : reading.weak.isEmpty ? weakLead + "scare quotes around " : ", scare quotes around "
      appendQuoted(lead, text.utf8Range(of: quotation.contentTokens) ?? quotation.utf8Range, to: &reason)
    }
    return (.neutral, reason.string)
  }

  /// `; not counted: "volatile" (plain sense with "markets", lexicons/context/plain-senses.list:18)`.
  func notCounted(_ drops: [PlainSenseDrop]) -> String {
    var reason = ReasonText()
    reason += "; not counted: "
    for (position, drop) in drops.enumerated() {
      if position > 0 { reason += ", " }
      text.appendDescription(of: drop, to: &reason)
    }
    return reason.string
  }

  /// Appends `lead` and the hits' descriptions separated by commas, or nothing when there are no hits.
  func appendList(_ hits: [Hit], after lead: String, to reason: inout ReasonText) {
    guard !hits.isEmpty else { return }
    reason += lead
    for (position, hit) in hits.enumerated() {
      if position > 0 { reason += ", " }
      text.appendDescription(of: hit, to: &reason)
    }
  }

  /// Appends `lead` and the text of `utf8Range` on one line in double quotes (`""` without a range).
  func appendQuoted(_ lead: String, _ utf8Range: Range<Int>?, to reason: inout ReasonText) {
    reason += lead
    reason += "\""
    if let utf8Range { text.appendSurface(utf8Range, to: &reason) }
    reason += "\""
  }
}
