/// A document's primary frames, all a frame profile needs from it: the article's frame (with
/// its runner-up) and how many sentences have each primary frame.
public struct DocumentFrames: Sendable {
  public var article: ArticleFrame
  /// Sentences of the body with each primary frame, by category.
  public var sentences: [String: Int]
  /// All sentences of the body, framed or not.
  public var sentenceCount: Int

  public init(scored: ScoredDocument) {
    article = scored.frame
    sentenceCount = scored.sentences.count
    // Counted in a short list before the dictionary: a document has a few frames, and a hash of
    // the category's name per sentence (and a copy of each sentence) was most of this.
    var counted: [(category: String, count: Int)] = []
    for index in scored.sentences.indices {
      guard let category = scored.sentences[index].frame?.category else { continue }
      if let found = counted.firstIndex(where: { $0.category == category }) {
        counted[found].count += 1
      } else {
        counted.append((category, 1))
      }
    }
    sentences = Dictionary(uniqueKeysWithValues: counted.map { ($0.category, $0.count) })
  }
}
