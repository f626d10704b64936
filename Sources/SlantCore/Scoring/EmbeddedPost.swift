/// A social-media post embedded in an article, which keeps no quotation marks: the post's text
/// on its line, then a dash, the author's name, the handle in brackets and the date, as embed
/// code prints them (`… harder. — Rep. Jane Doe (@RepJaneDoe) December 19, 2019`). Its words
/// are the author's voice, and its sentences are credited to the author. A transcript's turn
/// (`SpeakerTurn`) is held the same way.
struct EmbeddedPost: Sendable {
  enum Kind: Equatable {
    case post, transcriptTurn
    /// A headline's credit in the first person (`Trump: I don't have a racist bone`).
    case speakerCredit

    /// How a sentence's reason names the voice.
    var name: String {
      switch self {
      case .post: "embedded post"
      case .transcriptTurn: "transcript turn"
      case .speakerCredit: "speaker's credit"
      }
    }
  }
  var kind: Kind = .post
  /// The post's words: from the start of its line (at most `maximumTokens` back) to the dash.
  var contentTokens: Range<Int>
  /// The author's name between the dash and the bracketed handle.
  var authorTokens: Range<Int>

  static let maximumTokens = 120
  static let nameTokens = 8

  /// The embedded posts of a text, in order.
  static func posts(in text: String, tokens list: TokenList) -> [EmbeddedPost] {
    let tokens = list.tokens
    var posts: [EmbeddedPost] = []
    text.utf8.withContiguousBytes { bytes in
      func scalar(_ index: Int) -> Unicode.Scalar? {
        guard tokens.indices.contains(index), tokens[index].kind == .punctuation else { return nil }
        return ScalarClass.decode(bytes, at: tokens[index].utf8Range.lowerBound).scalar
      }
      func breaksLine(before index: Int) -> Bool { list.breaksLine(before: index, in: bytes) }
      for open in tokens.indices where scalar(open) == "(" {
        // The handle: one token (`@name`) or `@` and a word, then the closing bracket and a month.
        var close = open + 1
        if close < tokens.count, tokens[close].kind == .handle {
          close += 1
        } else if scalar(close) == "@", close + 1 < tokens.count, tokens[close + 1].isWordLike {
          close += 2
        } else {
          continue
        }
        guard scalar(close) == ")", close + 1 < tokens.count, SourcePhrase.calendarWords.contains(token: close + 1, of: list) else { continue }
        var dash = open - 1
        while dash > 0, open - dash <= nameTokens, tokens[dash].isWordLike || scalar(dash) == "." { dash -= 1 }
        guard dash >= 0, dash < open - 1, let mark = scalar(dash), mark == "—" || mark == "–" || mark == "-" else { continue }
        var start = dash
        while start > 0, dash - start < maximumTokens, !breaksLine(before: start) { start -= 1 }
        guard start < dash else { continue }
        posts.append(EmbeddedPost(contentTokens: start..<dash, authorTokens: dash + 1..<open))
      }
    }
    return posts
  }
}
