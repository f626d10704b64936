/// The turns of a transcript (`SCHAFER: So extreme positions …`): a line opened by a speaker's
/// name in capitals and a colon holds that speaker's words to the line's end, without quotation
/// marks. A text needs two such lines past its first two to count as a transcript, so that a
/// dateline (`ISLAMABAD: …`) or a single `UPDATE:` makes no turn.
enum SpeakerTurn {
  /// The most words a speaker's label has (`SEN. ELIZABETH WARREN`).
  static let labelWords = 4

  /// The turns of the text whose tokens are `list`, as posts credited to their speakers; labels
  /// that name no speaker (`UPDATE:`) are the list `[not-speakers]` of `senses`.
  static func turns(in text: String, tokens list: TokenList, senses: ContextLexicon) -> [EmbeddedPost] {
    let notSpeakers = senses[.notSpeakers]
    let tokens = list.tokens
    guard !tokens.isEmpty else { return [] }
    var turns: [EmbeddedPost] = []
    text.utf8.withContiguousBytes { bytes in
      func breaksLine(before index: Int) -> Bool { list.breaksLine(before: index, in: bytes) }
      func isCapitals(_ index: Int) -> Bool {
        guard tokens[index].isWordLike else { return false }
        var letters = 0
        var cursor = tokens[index].utf8Range.lowerBound
        while cursor < tokens[index].utf8Range.upperBound {
          let (scalar, length) = ScalarClass.decode(bytes, at: cursor)
          if ScalarClass.isLowercase(scalar) { return false }
          if ScalarClass.isUppercase(scalar) { letters += 1 }
          cursor += length
        }
        return letters >= 2 || (letters == 1 && tokens[index].utf8Range.count == 1)
      }
      func isColon(_ index: Int) -> Bool {
        tokens[index].kind == .punctuation && bytes[tokens[index].utf8Range.lowerBound] == UInt8(ascii: ":")
      }
      var line = 0
      for start in tokens.indices where breaksLine(before: start) {
        line += 1
        guard line > 2 else { continue }
        // The label: words in capitals (and the full stops of `SEN.`), then a colon.
        var colon = start
        while colon < tokens.count, colon - start <= labelWords * 2, isCapitals(colon) || (colon > start && tokens[colon].kind == .punctuation && bytes[tokens[colon].utf8Range.lowerBound] == UInt8(ascii: ".")) {
          colon += 1
        }
        guard colon > start, colon < tokens.count, isColon(colon), !notSpeakers.contains(token: start, of: list) else { continue }
        var end = colon + 1
        while end < tokens.count, !breaksLine(before: end) { end += 1 }
        guard end > colon + 1 else { continue }
        turns.append(EmbeddedPost(kind: .transcriptTurn, contentTokens: colon + 1..<end, authorTokens: start..<colon))
      }
    }
    return turns.count >= 2 ? turns : []
  }
}
