import SlantCore
import SlantTerminal

/// The text view of the frame profiles: for each group, each primary frame's share of its
/// articles and of its sentences with 95% intervals over documents, the frames that set it
/// apart from the other groups, and a single document's article frame.
struct FrameProfileView {
  var usesColor: Bool
  var width = 80

  func render(_ profiles: [FrameProfile], grouping: ComparisonGrouping) -> String {
    guard profiles.contains(where: { !$0.shares.isEmpty }) else { return "" }
    var text = "\n" + ANSIStyle.bold.apply("Primary frames, by \(grouping)", enabled: usesColor) + "\n"
    text += TextWrapper.wrap("Each frame's share of a group's articles and sentences, with 95% intervals over documents.", width: width, indent: "  ")
      .joined(separator: "\n") + "\n"
    // A share without an interval shows its figure alone; its group's heading says why, once.
    func figure(_ estimate: ProportionEstimate) -> String {
      estimate.lower == nil ? Figures.percent(estimate.share) : Figures.percent(estimate)
    }
    let articleWidth = profiles.flatMap(\.shares).map { figure($0.articles).count }.max() ?? 0
    for profile in profiles where !profile.shares.isEmpty {
      var heading = profile.group + (profile.article.map { " — article frame: " + $0.summary } ?? "")
      if profile.shares.contains(where: { $0.sentences.lower == nil }) {
        heading += " (\(profile.documents) document\(profile.documents == 1 ? "" : "s"): no interval)"
      }
      text += TextWrapper.wrap(heading, width: width, indent: "  ").joined(separator: "\n") + "\n"
      for share in profile.shares {
        text += "    " + Figures.fitted(FrameChoice(category: share.frame, probability: 0).name, to: 20)
        text += "articles " + figure(share.articles).padding(toLength: articleWidth, withPad: " ", startingAt: 0)
        text += "  sentences " + figure(share.sentences) + "\n"
      }
      if !profile.distinguishing.isEmpty {
        let items = profile.distinguishing.map { frame in
          let sign = frame.difference > 0 ? "+" : "−"
          return "\(FrameChoice(category: frame.frame, probability: 0).name) \(sign)\(Figures.percent(abs(frame.difference))) [\(Figures.percent(frame.lower))–\(Figures.percent(frame.upper))]"
        }
        let lines = TextWrapper.wrap("distinguishing frames (sentence share against the other groups): " + items.joined(separator: ", "), width: width, indent: "    ")
        text += lines.joined(separator: "\n") + "\n"
      }
    }
    return text
  }
}
