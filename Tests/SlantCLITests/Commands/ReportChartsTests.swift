import Foundation
import SlantCore
import SlantTestSupport
import Testing
@testable import SlantCLI
import SlantTerminal

/// `slant report`'s charts against `slant compare --format json` on the same corpus, both run
/// through the command runner: every bar's `data-value`, `data-lower` and `data-upper` must be
/// the comparison's figure to the last digit, and no bar may be left over.
@Suite struct ReportChartsTests {
  struct Bar: Equatable, CustomStringConvertible {
    var chart: String
    var group: String?
    var label: String
    var value: Double
    var lower: Double?
    var upper: Double?

    var description: String { "\(chart) [\(group ?? "-")] \(label) = \(value) (\(lower.map { "\($0)" } ?? "nil")…\(upper.map { "\($0)" } ?? "nil"))" }
  }

  struct CompareOutput: Decodable {
    var comparison: FramingComparison
  }

  static let fixtures = PseudoTerminal.repository + "/Tests/SlantCoreTests/Fixtures/compare"
  static let lexicons = ["--lexicons", PseudoTerminal.repository + "/lexicons"]

  /// Runs `compare --format json` and `report --html` on the folders `names` of `workspace`,
  /// each with `options`.
  func run(_ names: [String], in workspace: String, options: [String] = []) throws -> (comparison: FramingComparison, page: ParsedPage) {
    let paths = names.map { workspace + "/" + $0 }
    var compareContext = CommandContext(console: .capturing(), workspace: workspace)
    #expect(CommandRunner.run(["compare"] + paths + ["--format", "json"] + Self.lexicons + options, context: &compareContext) == 0, "\(compareContext.console.errors.captured)")
    let comparison = try JSONDecoder().decode(CompareOutput.self, from: Data(compareContext.console.output.captured.utf8)).comparison
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-report-\(UUID().uuidString).html").path
    defer { try? FileManager.default.removeItem(atPath: file) }
    var reportContext = CommandContext(console: .capturing(), workspace: workspace)
    #expect(CommandRunner.run(["report"] + paths + ["--html", file] + Self.lexicons + options, context: &reportContext) == 0, "\(reportContext.console.errors.captured)")
    let bytes = try #require(FileManager.default.contents(atPath: file))
    return (comparison, try ParsedPage(Array(bytes)))
  }

  /// The bars of every chart in page order, each with the id of the figure that holds it.
  func bars(in page: ParsedPage) throws -> [Bar] {
    var chart = "", bars: [Bar] = []
    for element in page.elements {
      if element.name == "figure", element.classes.contains("chart") { chart = element.attributes["id"] ?? "" }
      guard element.name == "rect", element.classes.contains("bar") else { continue }
      let attributes = element.attributes
      bars.append(
        Bar(
          chart: chart, group: attributes["data-group"], label: try #require(attributes["data-label"]),
          value: try #require(attributes["data-value"].flatMap(Double.init)),
          lower: attributes["data-lower"].flatMap(Double.init), upper: attributes["data-upper"].flatMap(Double.init)))
    }
    return bars
  }

  /// The bars the comparison calls for, worked out here from the JSON alone.
  func expectedBars(_ comparison: FramingComparison) -> [Bar] {
    let profiles = comparison.profiles, annotated = profiles.filter { $0.human != nil }
    let scorerGroup = annotated.isEmpty ? nil : "The scorer, on all the text"
    var bars = profiles.map { Bar(chart: "chart-loaded", group: scorerGroup, label: $0.name, value: $0.loaded.perThousand, lower: $0.loaded.lower, upper: $0.loaded.upper) }
    bars += annotated.map {
      let loaded = $0.human!.loaded
      return Bar(
        chart: "chart-loaded", group: "People's loaded-language spans, in the documents they annotated", label: $0.name + ": people",
        value: loaded.perThousand, lower: loaded.lower, upper: loaded.upper)
    }
    for label in SupportLabel.allCases {
      let chart = "chart-support-" + label.rawValue
      bars += profiles.map {
        let share = $0.share(label)!
        return Bar(chart: chart, group: scorerGroup, label: $0.name, value: share.share, lower: share.lower, upper: share.upper)
      }
      for profile in annotated {
        for (who, shares) in [("people", profile.human!.support), ("scorer", profile.human!.scorerSupport)] {
          let share = shares.first { $0.label == label.rawValue }!.estimate
          bars.append(
            Bar(chart: chart, group: ComparisonCharts.peopleHeading, label: profile.name + ": " + who, value: share.share, lower: share.lower, upper: share.upper))
        }
      }
    }
    // Primary frames: sentences, then articles; one bar group per frame, most sentences first.
    let framed = Dictionary(comparison.frameProfiles.flatMap { $0.shares.map { ($0.frame, $0.sentences.count) } }, uniquingKeysWith: +)
    for (chart, estimate) in [("chart-primary-frames-sentences", \FrameProfile.Share.sentences), ("chart-primary-frames-articles", \FrameProfile.Share.articles)] {
      for frame in framed.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).map(\.key) {
        bars += comparison.frameProfiles.compactMap { profile in
          profile.shares.first { $0.frame == frame }.map { share in
            let value = share[keyPath: estimate]
            return Bar(chart: chart, group: String(frame.dropFirst("frame.".count)), label: profile.group, value: value.share, lower: value.lower, upper: value.upper)
          }
        }
      }
    }
    let frameHits = Dictionary(profiles.flatMap { $0.frames.map { ($0.frame, $0.count) } }, uniquingKeysWith: +)
    for frame in frameHits.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).map(\.key) {
      bars += profiles.filter { !$0.frames.isEmpty }.map { profile in
        Bar(
          chart: "chart-frames", group: String(frame.dropFirst("frame.".count)), label: profile.name,
          value: profile.frames.first { $0.frame == frame }?.share ?? 0)
      }
    }
    for profile in profiles {
      bars += profile.distinguishingWords.map { Bar(chart: "chart-words", group: profile.name, label: $0.term, value: $0.z) }
    }
    return bars
  }

  @Test func chartsOnTheThreeOutletFixturesAreTheComparisonsFigures() throws {
    let (comparison, page) = try run(["clarion", "ledger", "wire"], in: Self.fixtures)
    let drawn = try bars(in: page)
    #expect(comparison.profiles.map(\.name) == ["Harbour Wire", "The Daily Clarion", "The Marlow Ledger"])
    #expect(drawn == expectedBars(comparison))
    #expect(drawn.contains { $0.chart == "chart-support-unsupported" && $0.label == "The Daily Clarion" && $0.value == 0.75 && $0.lower == nil }, "two documents: no whisker")
    #expect(drawn.contains { $0.label == "The Marlow Ledger: people" && $0.chart == "chart-support-hedged" })
    #expect(drawn.contains { $0.chart == "chart-words" && $0.group == "The Daily Clarion" && $0.label == "shameful" })
    let warning = try #require(page.all("div", class: "warning").first)
    for profile in comparison.profiles where profile.isThin { #expect(warning.text.contains("\(profile.name): \(profile.documents) documents")) }
  }

  @Test func chartsOnTheSeedsAreTheComparisonsFigures() throws {
    let (comparison, page) = try run(["seeds"], in: PseudoTerminal.repository)
    let drawn = try bars(in: page)
    #expect(comparison.profiles.map(\.name) == ["News18", "The Daily Guardian"])
    #expect(drawn == expectedBars(comparison))
    #expect(drawn.filter { $0.chart == "chart-loaded" }.allSatisfy { $0.lower == nil }, "one document per outlet: no bootstrap interval")
  }

  @Test func annotationsOptionChoosesWhosePeopleBarsAreDrawn() throws {
    let (comparison, page) = try run(["clarion", "ledger", "wire"], in: Self.fixtures, options: ["--annotations", "no-such-folder"])
    let drawn = try bars(in: page)
    #expect(comparison.profiles.allSatisfy { $0.human == nil })
    #expect(drawn == expectedBars(comparison))
    #expect(!drawn.contains { $0.label.hasSuffix(": people") } && drawn.allSatisfy { $0.chart.contains("frames") || $0.chart == "chart-words" || $0.group == nil })
  }

  @Test func everyChartHasATextEquivalentAndIsLinkedFromTheContents() throws {
    let (_, page) = try run(["clarion", "ledger", "wire"], in: Self.fixtures)
    let figures = page.all("figure", class: "chart")
    // Loaded language, the support labels, primary frames of sentences and of articles, frame hits, words.
    #expect(figures.count == 1 + SupportLabel.allCases.count + 2 + 2)
    for figure in figures {
      let id = try #require(figure.attributes["id"])
      #expect(page.all("a").contains { $0.attributes["href"] == "#" + id })
    }
    #expect(page.all("svg").allSatisfy { $0.attributes["role"] == "img" && $0.attributes["aria-labelledby"] != nil })
    #expect(page.all("details", class: "chart-data").count == figures.count)
    let rowHeadings = Set(page.all("th").filter { $0.attributes["scope"] == "row" }.map(\.text))
    #expect(page.all("rect", class: "bar").allSatisfy { rowHeadings.contains($0.attributes["data-label"] ?? "") })
  }
}
