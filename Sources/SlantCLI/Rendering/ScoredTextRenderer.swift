import SlantCore
import SlantTerminal

/// The text view of a scored document: each sentence with its label, its judging words marked
/// (coloured by family on a terminal, in `[brackets]` otherwise), the reason, and its primary
/// frame; the article's primary frame under the header. Every frame hit stays in JSON Lines and CSV.
struct ScoredTextRenderer {
  var usesColor: Bool

  func render(_ scored: ScoredDocument) -> String {
    let document = scored.document
    let totals = scored.totals
    var text = SentenceListing.header(for: document, sentences: scored.sentences.count, color: usesColor)
    text += "  " + SupportLabel.allCases.map { "\($0.rawValue) \(totals.labels[$0] ?? 0)" }.joined(separator: ", ") + "\n"
    text += "  frame: " + scored.frame.summary + "\n\n"
    let labelWidth = SupportLabel.allCases.map(\.rawValue.count).max()!
    if let headline = scored.headline {
      let label = headline.scored.label.rawValue.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
      text += "   H  " + Self.style(for: headline.scored.label).apply(label, enabled: usesColor)
      text += "  " + marked(headline.scored, in: headline.text) + "\n"
      text += String(repeating: " ", count: 6 + labelWidth + 2) + ANSIStyle.dim.apply("headline; " + headline.scored.reason, enabled: usesColor) + "\n"
      if let frame = headline.scored.frame {
        text += String(repeating: " ", count: 6 + labelWidth + 2) + ANSIStyle.dim.apply("frame: " + frame.summary, enabled: usesColor) + "\n"
      }
    }
    for sentence in scored.sentences {
      let label = sentence.label.rawValue.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
      text += "\(sentence.sentence.index)".leftPadded(to: 4) + "  " + Self.style(for: sentence.label).apply(label, enabled: usesColor)
      text += "  " + marked(sentence, in: document.text) + "\n"
      let indent = String(repeating: " ", count: 6 + labelWidth + 2)
      text += indent + ANSIStyle.dim.apply(sentence.reason, enabled: usesColor) + "\n"
      if !sentence.probabilities.isEmpty {
        text += indent + ANSIStyle.dim.apply("probability: " + ProbabilityReason.text(sentence.probabilities), enabled: usesColor) + "\n"
      }
      if let frame = sentence.frame { text += indent + ANSIStyle.dim.apply("frame: " + frame.summary, enabled: usesColor) + "\n" }
      let others = HitSpan.otherCategories(in: sentence)
      if !others.isEmpty { text += indent + ANSIStyle.dim.apply("categories: " + others.joined(separator: ", "), enabled: usesColor) + "\n" }
    }
    return text + "\n"
  }

  /// The sentence on one line with the spans of its judging hits marked; overlapping spans are
  /// merged and take the colour of the first family in `HitSpan.markedFamilies` among them.
  func marked(_ sentence: ScoredSentence, in unitText: String) -> String {
    var text = ""
    var cursor = sentence.sentence.utf8Range.lowerBound
    for span in HitSpan.spans(in: sentence) {
      text += unitText.slice(utf8: cursor..<span.utf8Range.lowerBound)
      let words = String(unitText.slice(utf8: span.utf8Range))
      text += usesColor ? Self.style(for: span.family).apply(words, enabled: true) : "[\(words)]"
      cursor = span.utf8Range.upperBound
    }
    text += unitText.slice(utf8: cursor..<sentence.sentence.utf8Range.upperBound)
    return text.replacingLineEnds()
  }

  static func style(for family: CategoryFamily) -> ANSIStyle {
    switch family {
    case .loaded: .red
    case .labels: .magenta
    case .intensity: .yellow
    case .hedges: .cyan
    case .attribution: .green
    case .verbs: .blue
    case .negators, .frames, .other: .dim
    }
  }

  static func style(for label: SupportLabel) -> ANSIStyle {
    switch label {
    case .attributed: .green
    case .vagueSource: .yellow
    case .hedged: .cyan
    case .unsupported: .brightRed
    case .neutral: .dim
    }
  }
}
