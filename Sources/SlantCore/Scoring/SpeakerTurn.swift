/// The turns of a transcript (`SCHAFER: So extreme positions …`): a line opened by a speaker's
/// name in capitals and a colon holds that speaker's words to the line's end, without quotation
/// marks. A text needs two such lines past its first two to count as a transcript, so that a
/// dateline (`ISLAMABAD: …`) or a single `UPDATE:` makes no turn. A headline's credit
/// (`Trump: I don't have a racist bone`) is a turn alone: a name in Title Case, a colon and the
/// speaker's first person.
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
      // The lines' first tokens, found once for both kinds of turn.
      var lineStarts: [Int] = []
      for start in tokens.indices where breaksLine(before: start) {
        lineStarts.append(start)
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
      if turns.count < 2 { turns = [] }
      if lineStarts.first != 0 { lineStarts.insert(0, at: 0) }
      for start in lineStarts {
        if let credit = headlineCredit(at: start, tokens: list, bytes: bytes, senses: senses) { turns.append(credit) }
      }
    }
    return turns.sorted { $0.contentTokens.lowerBound < $1.contentTokens.lowerBound }
  }

  /// The most words a credited line holds after its colon: a headline or a subhead, not a paragraph.
  static let creditedLineWords = 30
  /// The first person, which after `Name:` makes the line the speaker's words.
  static let firstPerson: WordSet = ["i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d", "we", "we're", "we’re", "my", "our", "me"]

  /// A line opened by one to three capitalised words and a colon, then the first person, with at
  /// most `creditedLineWords` words (`Trump: I don't have a racist bone`, `Jane Doe: We will
  /// win`): the speaker's words, as a headline credits them. Not a label such as `Update:`.
  private static func headlineCredit(at start: Int, tokens list: TokenList, bytes: UnsafeBufferPointer<UInt8>, senses: ContextLexicon) -> EmbeddedPost? {
    let tokens = list.tokens
    var colon = start
    while colon < tokens.count, colon - start < 3, tokens[colon].kind == .word, isTitleCase(colon, list, bytes) { colon += 1 }
    guard colon > start, colon + 1 < tokens.count, tokens[colon].kind == .punctuation, bytes[tokens[colon].utf8Range.lowerBound] == UInt8(ascii: ":"),
      !senses[.notSpeakers].contains(token: start, of: list), !senses[.linkLeads].contains(token: start, of: list)
    else { return nil }
    var first = colon + 1
    // A quotation mark may open the speaker's words.
    if tokens[first].kind == .punctuation, first + 1 < tokens.count, !list.breaksLine(before: first + 1, in: bytes) { first += 1 }
    guard !list.breaksLine(before: first, in: bytes), firstPerson.contains(token: first, of: list) else { return nil }
    var end = first, words = 0
    while end < tokens.count, !list.breaksLine(before: end, in: bytes) {
      if tokens[end].isWordLike { words += 1 }
      end += 1
    }
    guard words <= creditedLineWords else { return nil }
    return EmbeddedPost(kind: .speakerCredit, contentTokens: colon + 1..<end, authorTokens: start..<colon)
  }

  /// An uppercase letter followed by at least one lowercase one (`Trump`, `Doe`), not capitals (`UPDATE`).
  private static func isTitleCase(_ index: Int, _ list: TokenList, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let range = list.tokens[index].utf8Range
    let (first, length) = ScalarClass.decode(bytes, at: range.lowerBound)
    guard ScalarClass.isUppercase(first), range.lowerBound + length < range.upperBound else { return false }
    return ScalarClass.isLowercase(ScalarClass.decode(bytes, at: range.lowerBound + length).scalar)
  }
}
