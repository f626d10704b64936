/// The content words of a text: folded words and numbers that are not function words, so that
/// similarity and distinguishing-word figures rest on what is said, not on "the" and "of".
public enum ContentWords {
  /// English function words, plus the reporting words every news story uses (`said`, `told`),
  /// which would otherwise make any two attributed sentences look alike.
  public static let stopwords: Set<String> = [
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
    "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
    "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "it's", "its", "itself", "just",
    "me", "more", "most", "mr", "mrs", "ms", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only",
    "or", "other", "our", "ours", "ourselves", "out", "over", "own", "said", "same", "say", "says", "she", "should", "so",
    "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
    "this", "those", "through", "to", "told", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
  ]

  /// The content words among `tokens` of `list` (all of them by default), folded, in text order.
  public static func words(in list: TokenList, tokens: Range<Int>? = nil) -> [String] {
    var words: [String] = []
    for index in tokens ?? list.tokens.indices {
      let token = list.tokens[index]
      guard token.kind == .word || token.kind == .number else { continue }
      let word = list.foldedText(of: token)
      if word.utf8.count > 1 || token.kind == .number, !stopwords.contains(word) { words.append(word) }
    }
    return words
  }
}
