/// A stretch of labelled text offered to `CandidateExtractor`: a sentence, a span people marked,
/// or the rest of a sentence around one, as folded tokens; positive when people marked it
/// (loaded span, biased sentence). Tokens without a letter (punctuation, numbers) are not
/// counted and phrases do not cross them.
public struct CandidateUnit: Sendable, Hashable {
  public var tokens: [String]
  public var isPositive: Bool

  public init(tokens: [String], isPositive: Bool) {
    self.tokens = tokens
    self.isPositive = isPositive
  }

  /// The folded tokens of `text` within the UTF-8 range `utf8Range` (all of it by default).
  public init(text: String, utf8Range: Range<Int>? = nil, isPositive: Bool) {
    let list = Tokenizer().tokens(in: text, range: utf8Range)
    self.init(tokens: list.tokens.map(list.foldedText), isPositive: isPositive)
  }

  /// The tokens around `tokenRange`, `window` each side, joined by spaces with the phrase in
  /// ⟦ ⟧ and … where the unit goes on: an example for a person to judge a candidate by.
  public func context(of tokenRange: Range<Int>, window: Int = 6) -> String {
    let start = max(0, tokenRange.lowerBound - window), end = min(tokens.count, tokenRange.upperBound + window)
    var parts: [String] = start > 0 ? ["…"] : []
    parts += tokens[start..<tokenRange.lowerBound]
    parts.append("⟦" + tokens[tokenRange].joined(separator: " ") + "⟧")
    parts += tokens[tokenRange.upperBound..<end]
    if end < tokens.count { parts.append("…") }
    return parts.joined(separator: " ")
  }
}
