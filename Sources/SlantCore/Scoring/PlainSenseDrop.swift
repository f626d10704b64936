/// A hit that a plain-sense rule removed (`PlainSense`), kept so that the sentence's reason can
/// say what removed it: `"volatile" (plain sense with "markets", lexicons/context/plain-senses.list:18)`.
struct PlainSenseDrop: Sendable {
  /// A context word that decided: its token, its list (an index in `ContextLexicon.lists`) and
  /// the line it was written on.
  struct Cue: Sendable {
    var token: Int
    var list: Int
    var line: Int32
  }

  var hit: Hit
  var cue: Cue?
  /// What in the text decided when no listed word did (`before a name or a term`).
  var shape: String
}

extension TextContext {
  /// Appends `"volatile" (plain sense with "markets", lexicons/context/plain-senses.list:18)`.
  func appendDescription(of drop: PlainSenseDrop, to result: inout ReasonText) {
    result += "\""
    appendSurface(drop.hit.utf8Range, to: &result)
    guard let cue = drop.cue else {
      result += "\" (plain sense: "
      result += drop.shape
      result += ")"
      return
    }
    result += "\" (plain sense with \""
    appendSurface(tokens.tokens[cue.token].utf8Range, to: &result)
    result += "\", "
    result += senses.lists[cue.list].path
    result += ":"
    result += String(cue.line)
    result += ")"
  }
}
