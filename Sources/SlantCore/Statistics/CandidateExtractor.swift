/// Finds new lexicon entries in people's labels: counts every word and every phrase of two to
/// `longestPhrase` words in positive units against negative ones, and ranks them by the
/// log-odds with an informative Dirichlet prior (`FightinWords`), keeping those used at least
/// `minimumCount` times in positive units with a z-score of at least `minimumZ`.
///
/// Words and phrases share one vocabulary, so the prior damps each by its own frequency. A
/// candidate neither starts nor ends with a function word (`the radical` and `radical in` add
/// nothing to `radical`), and a single function word is never one.
public struct CandidateExtractor: Sendable {
  public var minimumCount: Int
  /// 1.96: more over-represented than chance would make it at the 5% level, one term at a time.
  public var minimumZ: Double
  public var longestPhrase: Int
  public var scorer: FightinWords

  public init(minimumCount: Int = 3, minimumZ: Double = 1.96, longestPhrase: Int = 3, scorer: FightinWords = FightinWords()) {
    self.minimumCount = minimumCount
    self.minimumZ = minimumZ
    self.longestPhrase = longestPhrase
    self.scorer = scorer
  }

  /// The candidates of `units`, highest z first, leaving out the phrases in `known` (the
  /// lexicons' entries, folded, words joined by one space).
  public func candidates(in units: [CandidateUnit], excluding known: Set<String> = []) -> [PhraseCandidate] {
    var positive: [String: Int] = [:], negative: [String: Int] = [:]
    var examples: [String: [PhraseCandidate.Occurrence]] = [:]
    for (number, unit) in units.enumerated() {
      let isWord = unit.tokens.map { $0.unicodeScalars.contains(where: \.properties.isAlphabetic) }
      for start in unit.tokens.indices where isWord[start] && !Self.functionWords.contains(unit.tokens[start]) {
        for end in (start + 1)...min(unit.tokens.count, start + longestPhrase) {
          guard isWord[end - 1] else { break }
          guard !Self.functionWords.contains(unit.tokens[end - 1]) else { continue }
          let phrase = unit.tokens[start..<end].joined(separator: " ")
          guard unit.isPositive else {
            negative[phrase, default: 0] += 1
            continue
          }
          positive[phrase, default: 0] += 1
          let found = examples[phrase, default: []]
          if found.count < 2 && found.last?.unit != number {
            examples[phrase] = found + [PhraseCandidate.Occurrence(unit: number, tokenRange: start..<end)]
          }
        }
      }
    }
    return scorer.terms(group: positive, rest: negative)
      .filter { $0.count >= minimumCount && $0.z >= minimumZ && !known.contains($0.term) }
      .map { PhraseCandidate(term: $0, wordCount: $0.term.split(separator: " ").count, examples: examples[$0.term] ?? []) }
  }

  /// English function words (articles, pronouns, prepositions, conjunctions, auxiliaries),
  /// written for this purpose: they carry grammar, not stance, so they neither make nor bound a
  /// candidate. Intensifiers and absolutes (`very`, `all`, `never`, `only`) stay out of the list:
  /// they are what some lexicon categories look for.
  static let functionWords: Set<String> = [
    "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "both",
    "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
    "who", "whom", "whose", "which", "what", "when", "where", "why", "how",
    "of", "in", "on", "at", "to", "from", "by", "with", "for", "about", "as", "into", "onto", "over", "under", "after", "before",
    "between", "through", "during", "against", "among", "than", "up", "down", "out", "off", "per", "via",
    "and", "or", "but", "nor", "if", "because", "while", "although", "though", "whether", "then",
    "is", "am", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "there", "here", "also", "own", "other", "same",
    "it's", "that's", "there's", "he's", "she's", "they're", "we're", "i'm", "don't", "doesn't", "didn't", "isn't", "wasn't",
  ]
}
