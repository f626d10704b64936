/// What the comparison needs from one document, taken from its scored sentences (never a
/// second scoring path) and its people's annotations: small enough to keep for a whole corpus.
public struct DocumentTally: Sendable {
  /// A lexicon term with its category, as counted among an outlet's loaded terms.
  public struct TermKey: Sendable, Hashable {
    public var term: String
    public var category: String
  }

  public var documentID: DocumentID
  public var outlet: String
  /// Everything known about the document, for grouping by any field.
  public var metadata: DocumentMetadata
  /// Word-like tokens of the body (words, numbers, handles; not punctuation).
  public var tokens: Int
  public var totals: ScoreTotals
  /// Loaded-language hits (families loaded and labels) in the outlet's own voice and in quotations.
  public var loadedOwnVoice = 0
  public var loadedQuoted = 0
  public var loadedTerms: [TermKey: Int] = [:]
  /// Per support label, the sentences whose label rests on one entry alone, by entry (`SoleSupportEntry`).
  public var soleSupportEntries: [SupportLabel: [TermKey: Int]] = [:]
  /// Content words and their counts, for the distinguishing words.
  public var words: [String: Int] { contentWords.dictionary }
  /// The same by their bytes, as the comparison adds them up (`ContentWordCounts.total`).
  var contentWords = ContentWordCounts()
  public var human: HumanTally?
  /// The headline's label and hits, counted apart from the body (zero sentences without one).
  public var headlineTotals = ScoreTotals()
  /// The article's primary frame and its sentences' (`FrameProfile`).
  public var frames: DocumentFrames

  /// The tally of `scored`, with `annotations` placed in its text (empty when nobody annotated it).
  /// With `includingHeadline`, the headline is also counted with the body, as one more sentence.
  public init(scored: ScoredDocument, annotations: [PlacedAnnotation] = [], includingHeadline: Bool = false) {
    let document = scored.document
    documentID = document.id
    outlet = document.outlet
    metadata = document.metadata
    totals = scored.totals
    frames = DocumentFrames(scored: scored)
    // The scorer's own token lists when it kept them: tokenizing the body again was a tenth of a tally.
    let lists = scored.bodyTokens.isEmpty ? [Tokenizer().tokens(in: document.text, range: document.bodyUTF8Range)] : scored.bodyTokens
    tokens = lists.reduce(0) { $0 + $1.tokens.count(where: \.isWordLike) }
    var counter = ContentWordCounter(expectedTokens: lists.reduce(0) { $0 + $1.tokens.count } / 2)
    for list in lists { counter.count(list) }
    var headlineSentence: ScoredSentence?
    if let headline = scored.headline {
      headlineTotals.add(headline.scored)
      if includingHeadline {
        totals.add(headline.scored)
        let list = Tokenizer().tokens(in: headline.text)
        tokens += list.tokens.count(where: \.isWordLike)
        counter.count(list)
        headlineSentence = headline.scored
      }
    }
    contentWords = counter.contentWords()
    // The sentences are read in place, by index: copying each (as `flatMap(\.hits)` and a loop
    // over a copy of the array did) retained and released every array it holds, per sentence.
    // Loaded hits are counted by entry row first and named once per entry: a key of two strings
    // hashed per hit was most of the rest.
    var loaded: [(table: ObjectIdentifier, row: Int, entry: LexiconEntry, count: Int)] = []
    func tally(_ sentence: ScoredSentence) {
      for index in sentence.hits.indices where Self.isLoadedLanguage(sentence.hits[index]) {
        if sentence.hits[index].modifiers.contains(.quoted) { loadedQuoted += 1 } else { loadedOwnVoice += 1 }
        let entry = sentence.hits[index].entry, table = ObjectIdentifier(entry.table)
        if let found = loaded.firstIndex(where: { $0.table == table && $0.row == entry.row }) {
          loaded[found].count += 1
        } else {
          loaded.append((table, entry.row, entry, 1))
        }
      }
      if let key = SoleSupportEntry.entry(of: sentence) { soleSupportEntries[sentence.label, default: [:]][key, default: 0] += 1 }
    }
    for index in scored.sentences.indices { tally(scored.sentences[index]) }
    if let headlineSentence { tally(headlineSentence) }
    for entry in loaded { loadedTerms[TermKey(term: entry.entry.term, category: entry.entry.category), default: 0] += entry.count }
    if !annotations.isEmpty { human = HumanTally(scored: scored, annotations: annotations) }
  }

  /// Loaded language as every count counts it (`ScoreTotals.isLoadedLanguage`).
  public static func isLoadedLanguage(_ hit: Hit) -> Bool { ScoreTotals.isLoadedLanguage(hit) }

  /// The loaded-language hits of these totals.
  public static func loadedHits(_ totals: ScoreTotals) -> Int { totals.loadedLanguage }
}

/// What people said about one document, beside what the scorer said about the same sentences.
public struct HumanTally: Sendable {
  /// Sentences with at least one whole-sentence annotation.
  public var annotatedSentences = 0
  /// How many annotated sentences carry each label (from anyone).
  public var sentenceLabels: [String: Int] = [:]
  /// The scorer's support labels on those same sentences.
  public var scorerLabels: [SupportLabel: Int] = [:]
  /// Span annotations labelled as loaded language (`ScorerLabels.loadedLanguage`).
  public var loadedSpans = 0

  public init(scored: ScoredDocument, annotations: [PlacedAnnotation]) {
    var bySentence: [Int: Set<String>] = [:]
    for placed in annotations {
      switch placed.unit {
      case .sentence: bySentence[placed.sentenceIndex, default: []].formUnion(placed.labels)
      case .span: if placed.labels.contains(where: ScorerLabels.loadedLanguage.contains) { loadedSpans += 1 }
      }
    }
    annotatedSentences = bySentence.count
    for labels in bySentence.values {
      for label in labels { sentenceLabels[label, default: 0] += 1 }
    }
    for sentence in scored.sentences where bySentence[sentence.sentence.index] != nil {
      scorerLabels[sentence.label, default: 0] += 1
    }
  }
}
