extension TextContext {
  /// Appends `"volatile" (plain sense with "markets", lexicons/context/plain-senses.list:18)`,
  /// or `"rampage" (in a photo caption, not the article's text)`.
  func appendDescription(of drop: PlainSenseDrop, to result: inout ReasonText) {
    result += "\""
    appendSurface(drop.hit.utf8Range, to: &result)
    if drop.furniture != nil {
      result += "\" ("
      result += drop.shape
      result += ")"
      return
    }
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
