import SlantCore
import SlantTerminal

/// The outlet comparison as the report's bar charts. Every value and bound is copied as is from
/// the `FramingComparison` that `slant compare` prints, so that the page and the command agree to
/// the last digit; each outlet keeps one colour (its place in the comparison) in every chart.
struct ComparisonCharts {
  /// The heading of the bars drawn from people's labels, beside the scorer's on the same text.
  static let peopleHeading = "On the text people annotated: people, then the scorer"

  var comparison: FramingComparison

  /// Loaded language, one chart per support label, the primary frames of sentences and
  /// articles, the frame hits and the distinguishing words; frames and words only when some
  /// outlet has any.
  var charts: [BarChart] {
    [loaded] + SupportLabel.allCases.map(support) + primaryFrames + [frames, words].compactMap { $0 }
  }

  /// The outlets with too little text for their figures to mean much.
  var thinProfiles: [OutletProfile] { comparison.profiles.filter(\.isThin) }

  private var annotated: [(series: Int, profile: OutletProfile, human: HumanProfile)] {
    comparison.profiles.enumerated().compactMap { series, profile in profile.human.map { (series, profile, $0) } }
  }

  private var loaded: BarChart {
    let scorer = comparison.profiles.enumerated().map { series, profile in
      BarChart.Bar(label: profile.name, value: profile.loaded.perThousand, interval: Self.interval(profile.loaded), series: series)
    }
    var groups = [BarChart.Group(heading: annotated.isEmpty ? nil : "The scorer, on all the text", bars: scorer)]
    if !annotated.isEmpty {
      let people = annotated.map { series, profile, human in
        BarChart.Bar(
          label: Self.peopleLabel(profile.name), value: human.loaded.perThousand, interval: Self.interval(human.loaded), series: series, isOutlined: true)
      }
      groups.append(BarChart.Group(heading: "People's loaded-language spans, in the documents they annotated", bars: people))
    }
    return BarChart(
      key: "loaded", title: "Loaded language per 1,000 tokens",
      summary: "Hits of loaded words and labels per 1,000 words of each group's text. Whiskers: 95% bootstrap interval over its documents (none for a single document)."
        + (annotated.isEmpty ? "" : " Outlined bars are people's spans."),
      groups: groups, format: .decimal)
  }

  private func support(_ label: SupportLabel) -> BarChart {
    let scorer = comparison.profiles.enumerated().compactMap { series, profile in
      profile.share(label).map { BarChart.Bar(label: profile.name, value: $0.share, interval: Self.interval($0), series: series) }
    }
    var groups = [BarChart.Group(heading: annotated.isEmpty ? nil : "The scorer, on all the text", bars: scorer)]
    if !annotated.isEmpty {
      let pairs = annotated.flatMap { series, profile, human -> [BarChart.Bar] in
        let people = human.support.first { $0.label == label.rawValue }?.estimate
        let scorer = human.scorerSupport.first { $0.label == label.rawValue }?.estimate
        return [(Self.peopleLabel(profile.name), people, true), (profile.name + ": scorer", scorer, false)].compactMap { name, estimate, isPeople in
          estimate.map { BarChart.Bar(label: name, value: $0.share, interval: Self.interval($0), series: series, isOutlined: isPeople) }
        }
      }
      groups.append(BarChart.Group(heading: Self.peopleHeading, bars: pairs))
    }
    return BarChart(
      key: "support-" + label.rawValue, title: "Sentences labelled \(label.rawValue)",
      summary: "Share of each group's sentences " + Self.describing(label) + ". Whiskers: 95% interval, a bootstrap over the group's documents (Wilson over sentences for a single document)."
        + (annotated.isEmpty ? "" : " Outlined bars are people's labels."),
      groups: groups, format: .percent)
  }

  /// One group per frame dimension, most hits first, with a bar for each outlet that has frame hits.
  private var frames: BarChart? {
    var hits: [String: Int] = [:]
    for profile in comparison.profiles {
      for frame in profile.frames { hits[frame.frame, default: 0] += frame.count }
    }
    guard !hits.isEmpty else { return nil }
    let framed = comparison.profiles.enumerated().filter { !$0.element.frames.isEmpty }
    let groups = hits.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { frame, _ in
      BarChart.Group(
        heading: Self.frameName(frame),
        bars: framed.map { series, profile in
          BarChart.Bar(label: profile.name, value: profile.frames.first { $0.frame == frame }?.share ?? 0, interval: nil, series: series)
        })
    }
    return BarChart(
      key: "frames", title: "Frames side by side",
      summary: "Each frame dimension's share of an outlet's frame hits (the shares of one outlet add up to 100%). Outlets with no frame hits are left out.",
      groups: groups, format: .percent)
  }

  /// One group per outlet with the words that most set it apart, by z-score.
  private var words: BarChart? {
    let groups = comparison.profiles.enumerated().compactMap { series, profile -> BarChart.Group? in
      guard !profile.distinguishingWords.isEmpty else { return nil }
      return BarChart.Group(
        heading: profile.name, bars: profile.distinguishingWords.map { BarChart.Bar(label: $0.term, value: $0.z, interval: nil, series: series) })
    }
    guard !groups.isEmpty else { return nil }
    return BarChart(
      key: "words", title: "Distinguishing words",
      summary: "The words each outlet uses more than the others (log-odds ratio with an informative Dirichlet prior). Bar length is the z-score: below about 2 it is within chance.",
      groups: groups, format: .decimal, reference: BarChart.Reference(value: 2, label: "z = 2, the edge of chance"))
  }

  /// `The Daily Clarion: people`.
  static func peopleLabel(_ outlet: String) -> String { outlet + ": people" }

  /// `economic` for `frame.economic`.
  static func frameName(_ category: String) -> String {
    category.hasPrefix("frame.") ? String(category.dropFirst("frame.".count)) : category
  }

  /// What sentences with `label` are, to end `Share of each outlet's sentences …`.
  private static func describing(_ label: SupportLabel) -> String {
    switch label {
    case .attributed: "credited to a named source, or quotations credited to someone"
    case .vagueSource: "credited to unnamed sources, officials, critics or “some”"
    case .hedged: "in its own voice, softened by a hedge"
    case .unsupported: "in its own voice that assert something evaluative with no source and no evidence"
    case .neutral: "with none of these: no source, no hedge and nothing evaluative"
    }
  }

  static func interval(_ estimate: ProportionEstimate) -> ClosedRange<Double>? {
    guard let lower = estimate.lower, let upper = estimate.upper, lower <= upper else { return nil }
    return lower...upper
  }

  private static func interval(_ rate: RateEstimate) -> ClosedRange<Double>? {
    guard let lower = rate.lower, let upper = rate.upper, lower <= upper else { return nil }
    return lower...upper
  }
}
