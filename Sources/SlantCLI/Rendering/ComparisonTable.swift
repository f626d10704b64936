import SlantCore
import SlantTerminal

/// The text view of a comparison, readable at 80 columns and wrapped to the terminal: a table of
/// loaded language per group with bars, the differences between groups with their intervals and
/// drivers, then each group's support labels with bars and intervals, frames, terms,
/// distinguishing words, and people's figures beside the scorer's. Groups with too little text
/// say so and why, and other fields to group by are suggested.
struct ComparisonTable {
  static let nameWidth = 22
  static let barWidth = 24
  var usesColor: Bool
  var width = 80

  func render(_ comparison: FramingComparison) -> String {
    let profiles = comparison.profiles
    guard !profiles.isEmpty else { return "No documents to compare.\n" }
    var text = bold("Loaded language per 1,000 tokens, by \(comparison.grouping)") + ", with 95% intervals over documents\n"
    let highest = profiles.map { $0.loaded.upper ?? $0.loaded.perThousand }.max() ?? 0
    for profile in profiles {
      let loaded = profile.loaded
      let interval = loaded.lower.map { " [\(Figures.decimal($0))–\(Figures.decimal(loaded.upper ?? $0))]" } ?? " (no interval)"
      text += "  " + Figures.fitted(profile.name, to: Self.nameWidth) + " " + BlockBar.bar(highest > 0 ? loaded.perThousand / highest : 0, width: Self.barWidth)
      text += " " + Figures.decimal(loaded.perThousand).leftPadded(to: 5) + interval + "\n"
    }
    text += DifferenceView(usesColor: usesColor, width: width).render(comparison)
    for profile in profiles { text += "\n" + render(profile) }
    text += FrameProfileView(usesColor: usesColor, width: width).render(comparison.frameProfiles, grouping: comparison.grouping)
    text += advice(comparison)
    return text
  }

  /// Which groups are thin, and the fields that would make fewer thin groups.
  private func advice(_ comparison: FramingComparison) -> String {
    let thin = comparison.profiles.filter { $0.thinReason != nil }
    guard !thin.isEmpty else { return "" }
    var sentence = "\(count(thin.count, "group")) of \(comparison.profiles.count) by \(comparison.grouping) \(thin.count == 1 ? "is" : "are") too thin to compare."
    if let best = comparison.suggestedGroupings.first {
      let others = comparison.suggestedGroupings.dropFirst().prefix(3).map(\.field)
      sentence += " Try --by \(best.field) (\(count(best.groups, "group")), \(best.thinGroups == 0 ? "none" : "\(best.thinGroups)") thin)"
      sentence += others.isEmpty ? "." : ", or " + others.map { "--by \($0)" }.joined(separator: ", ") + "."
    } else {
      sentence += " No other metadata field makes fewer thin groups: add documents, or a field that pools more of them (a manifest.csv column, or slant meta --set FIELD=VALUE)."
    }
    return "\n" + ANSIStyle.yellow.apply(TextWrapper.wrap(sentence, width: width, indent: "").joined(separator: "\n"), enabled: usesColor) + "\n"
  }

  private func render(_ profile: OutletProfile) -> String {
    var text = bold(profile.name) + " — \(count(profile.documents, "document")), \(count(profile.sentences, "sentence")), \(count(profile.tokens, "token"))\n"
    if let reason = profile.thinReason {
      let lines = TextWrapper.wrap("Too little text for these figures to mean much: \(reason).", width: width, indent: "  ")
      text += ANSIStyle.yellow.apply(lines.joined(separator: "\n"), enabled: usesColor) + "\n"
    }
    text += "  loaded language: \(profile.loaded.events) hits, \(profile.loadedOwnVoice) in the outlet's voice, \(profile.loadedQuoted) in quotations\n"
    text += "  sentences labelled\n"
    for share in profile.support {
      text += "    " + Figures.fitted(share.label, to: 13) + BlockBar.bar(share.estimate.share, width: Self.barWidth) + " "
      text += "\(share.estimate.count)".leftPadded(to: 3) + "  " + Figures.percent(share.estimate) + "\n"
    }
    if !profile.frames.isEmpty {
      text += wrapped("frames", profile.frames.map { "\($0.frame.dropFirst("frame.".count)) \(Figures.percent($0.share))" })
    }
    if !profile.topLoadedTerms.isEmpty {
      text += wrapped("loaded terms", profile.topLoadedTerms.map { "\($0.term) \($0.count)" })
    }
    if !profile.distinguishingWords.isEmpty {
      text += wrapped("distinctive words", profile.distinguishingWords.map { "\($0.term) (z \(Figures.decimal($0.z)))" })
    }
    if !profile.distinguishingCategories.isEmpty {
      text += wrapped("distinctive categories", profile.distinguishingCategories.map { "\($0.term) (z \(Figures.decimal($0.z)))" })
    }
    if let headlines = profile.headlines {
      let labels = headlines.support.filter { $0.estimate.count > 0 }.map { "\($0.label) \($0.estimate.count)" }
      text += wrapped("\(count(headlines.headlines, "headline")), \(headlines.loadedHits) loaded hits", labels)
    }
    if let human = profile.human { text += render(human) }
    return text
  }

  private func render(_ human: HumanProfile) -> String {
    var text = "  people's labels on \(count(human.annotatedSentences, "annotated sentence")) (\(count(human.annotatedDocuments, "document"))): people / scorer\n"
    for (people, scorer) in zip(human.support, human.scorerSupport) {
      text += "    " + Figures.fitted(people.label, to: 13) + Figures.fitted(Figures.percent(people.estimate), to: 17) + Figures.percent(scorer.estimate) + "\n"
    }
    text += "    loaded spans per 1,000 tokens: \(Figures.decimal(human.loaded.perThousand)) (\(human.loaded.events) spans)\n"
    return text
  }

  /// `  label: a, b, c` wrapped to the width under the first item.
  private func wrapped(_ label: String, _ items: [String]) -> String {
    let indent = "  " + label + ": "
    var lines: [String] = [], line = indent
    for (index, item) in items.enumerated() {
      let piece = item + (index < items.count - 1 ? "," : "")
      if line.count > indent.count, DisplayWidth.columns(of: line) + 1 + DisplayWidth.columns(of: piece) > max(width, 40) {
        lines.append(line)
        line = String(repeating: " ", count: indent.count)
      }
      line += (line.count > indent.count ? " " : "") + piece
    }
    lines.append(line)
    return lines.joined(separator: "\n") + "\n"
  }

  private func bold(_ text: String) -> String { ANSIStyle.bold.apply(text, enabled: usesColor) }

  private func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
