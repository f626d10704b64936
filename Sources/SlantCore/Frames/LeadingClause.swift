/// Finds a sentence's leading adverbial clause or phrase, *Although the White House wanted …,*
/// *If they do,* *With the recess looming,*: the setting of the sentence, which its main clause
/// after the comma frames. Frame cues in it count less (`SentenceFrameDecider.subordinateFactor`).
enum LeadingClause {
  /// Words that open a clause or phrase subordinate to what follows its comma.
  static let openers: Set<[UInt8]> = Set(
    [
      "although", "though", "while", "whereas", "because", "since", "if", "unless", "after", "before", "when", "once", "as",
      "despite", "amid", "with", "without", "in",
    ].map { Array($0.utf8) })

  /// The index of the comma that closes the leading clause of the sentence whose tokens are
  /// `tokenRange`, or nil when the sentence opens with its main clause or has no comma.
  static func end(of tokenRange: Range<Int>, in tokens: TokenList) -> Int? {
    guard let first = tokenRange.first(where: { tokens.tokens[$0].isWordLike }),
      openers.contains(Array(tokens.foldedBytes(of: tokens.tokens[first])))
    else { return nil }
    let comma: ArraySlice<UInt8> = [UInt8(ascii: ",")]
    return tokenRange[(first + 1)...].first { tokens.tokens[$0].kind == .punctuation && tokens.foldedBytes(of: tokens.tokens[$0]) == comma }
  }
}
