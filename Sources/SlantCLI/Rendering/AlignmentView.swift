import SlantCore
import SlantTerminal

/// The text view of `slant compare --align`: for each pair of outlets the sentences that report
/// the same fact with the wording that differs, per outlet the sentences no other has, and per
/// pair of groups the facts one tells and the other never does. Sentences are shown whole,
/// wrapped to the width.
struct AlignmentView {
  /// How many of a group's omissions the text shows (JSON has them all).
  static let shownOmissions = 10
  var usesColor: Bool
  var width = 80
  /// How many threads render the pairs (each pair on its own; the text is the same with any number).
  var jobs = 1

  func render(_ alignment: SentenceAlignment) -> String {
    let title = "Same event, different stories"
    var text = wrapped(title + " (sentences paired at TF-IDF cosine ≥ \(alignment.threshold))", indent: "")
    text = ANSIStyle.bold.apply(title, enabled: usesColor) + text.dropFirst(title.count)
    if alignment.pairs.isEmpty { text += "  No sentence of one outlet reports what a sentence of another does.\n" }
    // Wrapping a corpus's pairs was most of this view: each pair is rendered on its own, on
    // `jobs` threads, and the headings put between them in order.
    let view = self
    let bodies = CommandContext.map(alignment.pairs, jobs: jobs) { pair in
      "  \(Figures.percent(pair.similarity)) similar\n"
        + view.side(pair.left, loaded: pair.leftOnlyLoaded, words: pair.leftOnlyWords)
        + view.side(pair.right, loaded: pair.rightOnlyLoaded, words: pair.rightOnlyWords)
    }
    var heading = ""
    for (pair, body) in zip(alignment.pairs, bodies) {
      let outlets = "\(pair.left.outlet) ↔ \(pair.right.outlet)"
      if outlets != heading {
        heading = outlets
        text += "\n" + ANSIStyle.bold.apply(outlets, enabled: usesColor) + "\n"
      }
      text += body
    }
    for outlet in alignment.unmatched where !outlet.sentences.isEmpty {
      text += "\n" + ANSIStyle.bold.apply("Only in \(outlet.outlet)", enabled: usesColor) + " (\(outlet.sentences.count))\n"
      for sentence in outlet.sentences { text += wrapped(place(sentence) + " " + sentence.text, indent: "  ") }
    }
    for omission in alignment.groupOmissions where !omission.facts.isEmpty {
      text += "\n" + ANSIStyle.bold.apply("Told in \(omission.toldBy)'s documents, in none of \(omission.missingFrom)'s", enabled: usesColor)
      text += " (\(omission.facts.count) fact\(omission.facts.count == 1 ? "" : "s"))\n"
      for fact in omission.facts.prefix(Self.shownOmissions) {
        let told = "\(fact.documents) document\(fact.documents == 1 ? "" : "s"), \(fact.outlets) outlet\(fact.outlets == 1 ? "" : "s"):"
        text += wrapped(told + " " + fact.sentence.text + " (" + place(fact.sentence) + ")", indent: "  ")
      }
      if omission.facts.count > Self.shownOmissions { text += "  … and \(omission.facts.count - Self.shownOmissions) more (all in --format json)\n" }
    }
    return text
  }

  private func side(_ sentence: AlignmentSentence, loaded: [LoadedWord], words: [String]) -> String {
    var text = wrapped(place(sentence) + " " + sentence.text, indent: "    ")
    if !loaded.isEmpty {
      text += ANSIStyle.red.apply(
        wrapped("loaded here only: " + loaded.map { "\($0.text) (\($0.category))" }.joined(separator: ", "), indent: "      "), enabled: usesColor)
    }
    if !words.isEmpty { text += wrapped("own words: " + words.joined(separator: ", "), indent: "      ") }
    return text
  }

  private func place(_ sentence: AlignmentSentence) -> String { "\(sentence.document)#\(sentence.index)" }

  /// `text` whole, wrapped to the width after `indent`, its later lines two columns further in.
  private func wrapped(_ text: String, indent: String) -> String { TextWrapper.hanging(text, width: width, indent: indent) }
}
