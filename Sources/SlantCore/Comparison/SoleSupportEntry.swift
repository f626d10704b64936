/// The one lexicon entry a sentence's support label rests on, read from its hits as the
/// resolver decides: its own reporting entries for `attributed` and `vague-source`, its
/// hedges for `hedged`, its loaded words and labels for `unsupported` (`asksForSource`: a booster
/// or an absolute beside them decides nothing), all in the outlet's voice.
/// Without that entry the sentence would not carry the label: this is what removing an entry
/// does to a support share in the drivers' leave-one-entry-out view. A label resting on two
/// entries or more, on a scare quote, or on a source carried from another sentence rests on
/// no single entry, and keeps its label when any one is removed.
enum SoleSupportEntry {
  /// The labels an entry can decide (`neutral` is what is left without them).
  static let labels: [SupportLabel] = [.attributed, .vagueSource, .hedged, .unsupported]

  /// The entry `sentence`'s label rests on alone, or nil.
  static func entry(of sentence: ScoredSentence) -> DocumentTally.TermKey? {
    let decides: (Hit) -> Bool
    switch sentence.label {
    case .attributed, .vagueSource: decides = { $0.family == .attribution && !$0.entry.isEvidence }
    case .hedged: decides = { $0.family == .hedges && $0.entry.isDecisive }
    case .unsupported:
      guard !sentence.quotations.contains(where: \.isScareQuote) else { return nil }
      decides = { $0.entry.isDecisive && $0.entry.asksForSource && !$0.modifiers.contains(.scareQuoted) }
    case .neutral: return nil
    }
    // One pass, no set: the first deciding entry, and nil as soon as another one decides too.
    var found: Hit?
    for hit in sentence.hits where !hit.modifiers.contains(.quoted) && decides(hit) {
      guard let first = found else {
        found = hit
        continue
      }
      if first.entry.term != hit.entry.term || first.category != hit.category { return nil }
    }
    return found.map { DocumentTally.TermKey(term: $0.entry.term, category: $0.category) }
  }
}
