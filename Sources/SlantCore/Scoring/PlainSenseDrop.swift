/// A hit that a plain-sense rule removed (`PlainSense`), or that stands in a caption or a widget
/// (`PageFurniture`), kept so that the sentence's reason can say what removed it: `"volatile"
/// (plain sense with "markets", lexicons/context/plain-senses.list:18)`, `"rampage" (in a photo caption, not the article's text)`.
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
  /// The caption or widget the hit stands in, when that removed it rather than a plain sense.
  var furniture: PageFurniture.Kind? = nil

  /// The drop of a hit in page furniture of `kind`.
  init(hit: Hit, furniture kind: PageFurniture.Kind) {
    self.init(hit: hit, cue: nil, shape: kind.reason, furniture: kind)
  }

  init(hit: Hit, cue: Cue?, shape: String, furniture: PageFurniture.Kind? = nil) {
    self.hit = hit
    self.cue = cue
    self.shape = shape
    self.furniture = furniture
  }
}
