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
    var sentences: [String: Int] = [:]
    for sentence in scored.sentences {
      if let frame = sentence.frame { sentences[frame.category, default: 0] += 1 }
    }
    self.sentences = sentences
  }
}
