/// Scores documents sentence by sentence: finds lexicon hits and their modifiers, and gives
/// each sentence a support label with the reason for it.
///
/// The body is segmented and tokenized once; each sentence is matched on its own tokens, so
/// phrases never cross sentence ends, while quotations are found over the whole body, so that a
/// quote running over several sentences is known in each of them.
public struct Scorer: Sendable {
  public let matcher: LexiconMatcher

  public init(matcher: LexiconMatcher) { self.matcher = matcher }

  public init(lexicons: [Lexicon]) { self.init(matcher: LexiconMatcher(lexicons: lexicons)) }

  /// The document with every sentence of its body scored.
  public func score(_ document: Document) -> ScoredDocument {
    let text = document.text
    let sentences = SentenceSegmenter().sentences(in: text, range: document.bodyUTF8Range)
    let tokens = Tokenizer().tokens(in: text, range: document.bodyUTF8Range)
    let context = TextContext(text: text, tokens: tokens, quotations: QuotationFinder.quotations(in: text, tokens: tokens))
    var tokenRanges: [Range<Int>] = []
    tokenRanges.reserveCapacity(sentences.count)
    var cursor = 0
    let count = tokens.tokens.count
    for sentence in sentences {
      while cursor < count && tokens.tokens[cursor].utf8Range.lowerBound < sentence.utf8Range.lowerBound { cursor += 1 }
      let start = cursor
      while cursor < count && tokens.tokens[cursor].utf8Range.lowerBound < sentence.utf8Range.upperBound { cursor += 1 }
      tokenRanges.append(start..<cursor)
    }
    // Removed in place: `filter` would build each sentence's array again, growing it by appends.
    let hits = zip(matcher.hits(in: tokens, ranges: tokenRanges), tokenRanges).map { hits, range in
      var hits = hits
      hits.removeAll { Self.isProperNounMistakenForHedge($0, sentenceStart: range.lowerBound, in: context) }
      return hits
    }
    var readings: [SentenceReading] = []
    readings.reserveCapacity(sentences.count)
    var quotations = QuotationCursor(quotations: context.quotations)
    for (index, sentence) in sentences.enumerated() {
      let tokenRange = tokenRanges[index]
      readings.append(
        SentenceReading(sentence: sentence, tokenRange: tokenRange, hits: hits[index], quotations: quotations.quotations(overlapping: tokenRange), in: context))
    }
    return ScoredDocument(document: document, sentences: SupportResolver(readings: readings, text: context).scoredSentences())
  }

  /// A one-word hedge written in lowercase (`may`) that matched a capitalised word after the
  /// first of its sentence: a name or a month (`in May`, `Theresa May`), never the modal verb.
  static func isProperNounMistakenForHedge(_ hit: Hit, sentenceStart: Int, in context: TextContext) -> Bool {
    hit.family == .hedges && hit.tokenRange.count == 1 && hit.tokenRange.lowerBound > sentenceStart
      && context.isCapitalized(hit.tokenRange.lowerBound) && hit.entry.term.first?.isLowercase == true
  }
}
