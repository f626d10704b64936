/// Scores documents sentence by sentence: finds lexicon hits and their modifiers, and gives
/// each sentence a support label with the reason for it.
///
/// The body is segmented and tokenized once (a megabyte of whole paragraphs at a time when it
/// is longer, so that memory stays bounded); each sentence is matched on its own tokens, so
/// phrases never cross sentence ends, while quotations are found over the whole body (they end
/// at paragraph breaks), so that a quote running over several sentences is known in each of them.
public struct Scorer: Sendable {
  public let matcher: LexiconMatcher
  /// Splits the body into sentences; its word lists can come from `lexicons/abbreviations.list`.
  public let segmenter: SentenceSegmenter
  /// Gives each sentence its label probabilities: a learned model, or the defaults' own.
  public let model: CompiledSentenceModel
  /// Chooses each sentence's primary frame from its frame hits (or the model's frame labels).
  public var frames = SentenceFrameDecider()
  /// The word lists of the context rules, from `lexicons/context/` (`ContextLexicon`).
  public var senses: ContextLexicon
  /// Whether the model learned two or more frame labels, so that its probabilities decide frames.
  private let modelDecidesFrames: Bool

  public init(
    matcher: LexiconMatcher, segmenter: SentenceSegmenter = SentenceSegmenter(), model: SentenceModel = .defaults, senses: ContextLexicon = .standard
  ) {
    self.matcher = matcher
    self.segmenter = segmenter
    self.senses = senses
    self.model = CompiledSentenceModel(model, matcher: matcher)
    modelDecidesFrames = self.model.labels.count { $0.hasPrefix(FrameChoice.prefix) } >= 2
  }

  public init(
    lexicons: [Lexicon], segmenter: SentenceSegmenter = SentenceSegmenter(), model: SentenceModel = .defaults, senses: ContextLexicon = .standard
  ) {
    self.init(matcher: LexiconMatcher(lexicons: lexicons), segmenter: segmenter, model: model, senses: senses)
  }

  /// Bodies longer than this many bytes are scored a stretch of whole paragraphs at a time, so
  /// that tokens, hits and readings are held for one stretch rather than the whole document.
  static let stretchBytes = 1 << 20

  /// The document with every sentence of its body scored.
  /// - Complexity: O(n) time in the body's length; memory beyond the result is bounded by
  ///   `stretchBytes`.
  public func score(_ document: Document) -> ScoredDocument { score(document, stretchBytes: Self.stretchBytes) }

  /// The document scored, keeping the body's token lists in `bodyTokens` when `keepingTokens`:
  /// the comparison counts words from them rather than tokenizing every body a second time.
  /// Without `keepingProbabilities`, sentences have no label probabilities unless the model
  /// decides frames with them: the comparison never shows them, and they were a twentieth of its time.
  public func score(_ document: Document, keepingTokens: Bool, keepingProbabilities: Bool = true) -> ScoredDocument {
    score(document, stretchBytes: Self.stretchBytes, keepingTokens: keepingTokens, keepingProbabilities: keepingProbabilities)
  }

  /// Scores the body in paragraph-aligned stretches of about `stretchBytes`. Nothing crosses a
  /// paragraph break but the credit of the sentence before, which is carried over; token indices
  /// are shifted to count from the start of the body, as if it were tokenized whole.
  func score(_ document: Document, stretchBytes: Int, keepingTokens: Bool = false, keepingProbabilities: Bool = true) -> ScoredDocument {
    var scored: [ScoredSentence] = [], lists: [TokenList] = [], tallies: [FrameTally] = []
    var carried: SupportResolver.Credit?
    var tokenBase = 0
    for stretch in Self.stretches(of: document.text, in: document.bodyUTF8Range, bytes: stretchBytes) {
      let result = score(stretch, of: document.text, firstSentence: scored.count, carried: carried, keepingProbabilities: keepingProbabilities)
      carried = result.lastCredit
      tallies += result.frameTallies
      if scored.isEmpty && tokenBase == 0 {
        // The first stretch (for most documents the only one) is taken whole, not copied sentence by sentence.
        scored = result.sentences
      } else {
        for var sentence in result.sentences {
          if tokenBase > 0 { Self.shift(&sentence, tokens: tokenBase) }
          scored.append(sentence)
        }
      }
      tokenBase += result.tokens.tokens.count
      if keepingTokens { lists.append(result.tokens) }
    }
    // Neighbours are taken across stretches: the frames are decided once the body is whole.
    if !modelDecidesFrames {
      for (index, frame) in frames.choices(from: tallies).enumerated() { scored[index].frame = frame }
    }
    var scoredDocument = ScoredDocument(document: document, sentences: scored, headline: headline(of: document, keepingProbabilities: keepingProbabilities))
    scoredDocument.bodyTokens = lists
    return scoredDocument
  }

  /// The document's title scored as one sentence, whatever punctuation it holds; nil when it
  /// has no title or the title is blank.
  func headline(of document: Document, keepingProbabilities: Bool = true) -> ScoredHeadline? {
    guard let title = document.metadata.title?.trimmingSpaces, !title.isEmpty else { return nil }
    let whole = 0..<title.utf8.count
    let result = score(whole, of: title, firstSentence: 0, carried: nil, sentences: [Sentence(index: 0, utf8Range: whole)], isHeadline: true,
      keepingProbabilities: keepingProbabilities)
    guard var headline = result.sentences.first else { return nil }
    if !modelDecidesFrames { headline.frame = frames.choices(from: result.frameTallies).first ?? nil }
    return ScoredHeadline(text: title, scored: headline)
  }

  /// Scores the sentences of one stretch, numbering them from `firstSentence`.
  /// `sentences`, when given, replace the segmenter's (a headline is one unit). In a headline,
  /// quotation marks quote someone (headlines mark quotes with them, often single): never scare quotes.
  private func score(
    _ range: Range<Int>, of text: String, firstSentence: Int, carried: SupportResolver.Credit?, sentences given: [Sentence]? = nil,
    isHeadline: Bool = false, keepingProbabilities: Bool = true
  ) -> (sentences: [ScoredSentence], lastCredit: SupportResolver.Credit?, tokens: TokenList, frameTallies: [FrameTally]) {
    var sentences = given ?? segmenter.sentences(in: text, range: range)
    if firstSentence > 0 { for index in sentences.indices { sentences[index].index += firstSentence } }
    let tokens = Tokenizer().tokens(in: text, range: range)
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
    // Captions and widgets pasted into the text are not the article's: a headline holds none.
    // Their quotation marks quote no one the article does.
    let furniture = isHeadline ? [] : PageFurniture.spans(in: text, tokens: tokens, sentences: tokenRanges, senses: senses)
    var quotations = QuotationFinder.quotations(in: text, tokens: tokens)
    if !furniture.isEmpty {
      quotations.removeAll { quotation in furniture.contains { $0.tokenRange.contains(quotation.contentTokens.lowerBound) } }
    }
    var built = TextContext(
      text: text, tokens: tokens, quotations: quotations,
      posts: EmbeddedPost.posts(in: text, tokens: tokens) + SpeakerTurn.turns(in: text, tokens: tokens, senses: senses), senses: senses)
    built.widgets = furniture.filter { $0.kind == .relatedStories }.map(\.tokenRange)
    // A constant from here: the closures below that read a `var` context copied it, with a
    // retain for each of its arrays, for every sentence (66 M of 1,098 M instructions on 300
    // articles, callgrind).
    let context = built
    // Removed in place, in the matcher's own arrays: `filter`, or a copy of each array, would
    // build each sentence's hits again (and count a reference to each hit's entry table again).
    // Hits in a plain sense are kept aside, for the reason to name.
    var hits = matcher.hits(in: tokens, ranges: tokenRanges)
    var drops: [[PlainSenseDrop]] = Array(repeating: [], count: tokenRanges.count)
    var nextFurniture = 0
    for (index, range) in tokenRanges.enumerated() where !hits[index].isEmpty {
      while nextFurniture < furniture.count, furniture[nextFurniture].tokenRange.upperBound <= range.lowerBound { nextFurniture += 1 }
      let pieces = furniture[nextFurniture...].prefix { $0.tokenRange.lowerBound < range.upperBound }
      hits[index].removeAll { hit in
        if let piece = pieces.first(where: { $0.tokenRange.overlaps(hit.tokenRange) }) {
          if PageFurniture.namesInReason(hit.family), !drops[index].contains(where: { $0.hit.utf8Range == hit.utf8Range }) {
            drops[index].append(PlainSenseDrop(hit: hit, furniture: piece.kind))
          }
          return true
        }
        if HedgeSense.isProperNoun(hit, sentenceStart: range.lowerBound, in: context) { return true }
        guard let drop = PlainSense.drop(hit, sentence: range, in: context) else { return false }
        // A word in two categories is named once.
        if !drops[index].contains(where: { $0.hit.utf8Range == hit.utf8Range }) { drops[index].append(drop) }
        return true
      }
      FamilyOverlap.removeShadowed(&hits[index])
      SourcePhrase.removeIdleNamingVerbs(&hits[index], sentence: range, in: context)
    }
    var readings: [SentenceReading] = []
    readings.reserveCapacity(sentences.count)
    var quotationCursor = QuotationCursor(quotations: context.quotations)
    for (index, sentence) in sentences.enumerated() {
      let tokenRange = tokenRanges[index]
      // Handed over, not shared: the reading marks its hits without copying the array.
      var sentenceHits: [Hit] = []
      swap(&sentenceHits, &hits[index])
      readings.append(
        SentenceReading(
          sentence: sentence, tokenRange: tokenRange, hits: sentenceHits, quotations: quotationCursor.quotations(overlapping: tokenRange), in: context,
          isHeadline: isHeadline, plainSenses: drops[index]))
    }
    var resolved = SupportResolver(readings: readings, text: context, carried: carried, findsScareQuotes: !isHeadline).scoredSentences()
    if keepingProbabilities || modelDecidesFrames {
      for (index, probabilities) in model.probabilities(for: resolved.sentences, tokens: tokens).enumerated() {
        resolved.sentences[index].probabilities = probabilities
        if modelDecidesFrames { resolved.sentences[index].frame = frames.choice(hits: resolved.sentences[index].hits, probabilities: probabilities) }
      }
    }
    // Without learned frame labels, each sentence's frame waits for its neighbours' tallies.
    let tallies = modelDecidesFrames ? [] : resolved.sentences.map { frames.tally(of: $0, tokens: tokens) }
    return (resolved.sentences, resolved.lastCredit, tokens, tallies)
  }
}
