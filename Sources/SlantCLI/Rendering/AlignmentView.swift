import SlantCore
import SlantTerminal

/// The text view of `slant compare --align`: for each pair of outlets the sentences that report
/// the same fact with the wording that differs, then per outlet the sentences no other has.
struct AlignmentView {
  var usesColor: Bool
  var width = 80

  func render(_ alignment: SentenceAlignment) -> String {
    var text = ANSIStyle.bold.apply("Same event, different stories", enabled: usesColor)
    text += " (sentences paired at TF-IDF cosine ≥ \(alignment.threshold))\n"
    if alignment.pairs.isEmpty { text += "  No sentence of one outlet reports what a sentence of another does.\n" }
    var heading = ""
    for pair in alignment.pairs {
      let outlets = "\(pair.left.outlet) ↔ \(pair.right.outlet)"
      if outlets != heading {
        heading = outlets
        text += "\n" + ANSIStyle.bold.apply(outlets, enabled: usesColor) + "\n"
      }
      text += "  \(Figures.percent(pair.similarity)) similar\n"
      text += side(pair.left, loaded: pair.leftOnlyLoaded, words: pair.leftOnlyWords)
      text += side(pair.right, loaded: pair.rightOnlyLoaded, words: pair.rightOnlyWords)
    }
    for outlet in alignment.unmatched where !outlet.sentences.isEmpty {
      text += "\n" + ANSIStyle.bold.apply("Only in \(outlet.outlet)", enabled: usesColor) + " (\(outlet.sentences.count))\n"
      for sentence in outlet.sentences { text += "  " + place(sentence) + " " + clipped(sentence.text, to: width - 4 - place(sentence).count) + "\n" }
    }
    return text
  }

  private func side(_ sentence: AlignmentSentence, loaded: [LoadedWord], words: [String]) -> String {
    var text = "    " + place(sentence) + " " + clipped(sentence.text, to: width - 5 - place(sentence).count) + "\n"
    if !loaded.isEmpty {
      text += "      " + ANSIStyle.red.apply("loaded here only: " + loaded.map { "\($0.text) (\($0.category))" }.joined(separator: ", "), enabled: usesColor) + "\n"
    }
    if !words.isEmpty { text += "      " + clipped("own words: " + words.joined(separator: ", "), to: width - 6) + "\n" }
    return text
  }

  private func place(_ sentence: AlignmentSentence) -> String { "\(sentence.document)#\(sentence.index)" }

  private func clipped(_ text: String, to columns: Int) -> String {
    DisplayWidth.columns(of: text) <= columns ? text : Figures.fitted(text, to: max(columns, 10)).trimmingTrailingSpaces()
  }
}

private extension String {
  func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
