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
