import SlantCore

extension ComparisonCharts {
  /// Each group's share of sentences, then of articles, by primary frame, one bar group per
  /// frame (most sentences first) with 95% intervals over documents, and the frames that set a
  /// group apart named in the summary; none when nothing is framed.
  var primaryFrames: [BarChart] {
    let profiles = comparison.frameProfiles
    var sentences: [String: Int] = [:]
    for profile in profiles {
      for share in profile.shares { sentences[share.frame, default: 0] += share.sentences.count }
    }
    guard !sentences.isEmpty else { return [] }
    let order = sentences.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    func chart(key: String, title: String, unit: String, _ estimate: (FrameProfile.Share) -> ProportionEstimate) -> BarChart {
      let groups = order.map { frame in
        BarChart.Group(
          heading: Self.frameName(frame),
          bars: profiles.enumerated().compactMap { series, profile in
            profile.shares.first { $0.frame == frame }.map { share in
              let value = estimate(share)
              return BarChart.Bar(label: profile.group, value: value.share, interval: Self.interval(value), series: series)
            }
          })
      }
      let distinguishing = profiles.filter { !$0.distinguishing.isEmpty }.map { profile in
        profile.group + ": " + profile.distinguishing.map { "\(Self.frameName($0.frame)) \($0.difference > 0 ? "more" : "less")" }.joined(separator: ", ")
      }
      return BarChart(
        key: key, title: title,
        summary: "Share of each group's \(unit) whose primary frame is this dimension (one frame per \(unit == "sentences" ? "sentence" : "article"), weighted cues). Whiskers: 95% bootstrap interval over the group's documents (Wilson for a single document)."
          + (distinguishing.isEmpty ? "" : " Distinguishing frames, sentence share against the other groups with an interval excluding zero: " + distinguishing.joined(separator: "; ") + "."),
        groups: groups, format: .percent)
    }
    return [
      chart(key: "primary-frames-sentences", title: "Primary frames of sentences", unit: "sentences") { $0.sentences },
      chart(key: "primary-frames-articles", title: "Primary frames of articles", unit: "articles") { $0.articles },
    ]
  }
}
