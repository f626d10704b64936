import Foundation
import SlantCore
import SlantTerminal

/// Writes an `HTMLReport` as one self-contained page: inline style and SVG, no network, no
/// fonts or images, and a two-line script that only opens a collapsed document when a link
/// leads to it. The markup is XHTML-compatible, so that an XML parser can check it.
struct HTMLReportWriter {
  /// The page for `report`, as UTF-8 bytes.
  func page(_ report: HTMLReport) -> [UInt8] {
    var html = HTMLWriter()
    html.markup("<!DOCTYPE html>\n")
    html.open("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": "en"])
    html.open("head")
    html.void("meta", ["charset": "utf-8"])
    html.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
    html.void("meta", ["name": "generator", "content": "slant report"])
    html.element("title", text: title(of: report))
    html.open("style")
    html.markup(ReportStyleSheet.css)
    html.close("style")
    html.close("head")
    html.open("body")
    html.open("header")
    html.element("h1", text: title(of: report))
    html.element("p", ["class": "lede"], text: "Made by slant on \(Self.timestamp(report.generated)) from \(report.corpusPaths.joined(separator: ", ")).")
    html.close("header")
    contents(report, into: &html)
    html.open("main")
    comparison(report, into: &html)
    DifferenceSection(comparison: report.comparison).draw(into: &html)
    ReportLegend.draw(into: &html)
    documents(report, into: &html)
    provenance(report, into: &html)
    html.close("main")
    html.open("script")
    html.markup(Self.openTargetScript)
    html.close("script")
    html.close("body")
    html.close("html")
    html.markup("\n")
    return html.bytes
  }

  /// `Slant report: 312 documents from 5 outlets`.
  func title(of report: HTMLReport) -> String {
    let documents = report.entries.count, outlets = report.outlets.count
    return "Slant report: \(documents) document\(documents == 1 ? "" : "s") from \(outlets) outlet\(outlets == 1 ? "" : "s")"
  }

  /// Opens a collapsed document or outlet when the address names it. Progressive enhancement
  /// only: without it every link still works and a reader opens a document by hand. Written
  /// without `<`, `>` or `&`, so that it needs no escaping.
  static let openTargetScript = """
    function slantOpenTarget() { var target = document.getElementById(decodeURIComponent(location.hash.slice(1))); while (target) { if (target.tagName == "DETAILS") target.open = true; target = target.parentElement; } }
    addEventListener("hashchange", slantOpenTarget); slantOpenTarget();
    """

  private func contents(_ report: HTMLReport, into html: inout HTMLWriter) {
    html.open("nav", ["class": "contents", "aria-labelledby": "contents-title"])
    html.element("h2", ["id": "contents-title"], text: "Contents")
    html.open("ol")
    let sections = [("comparison", Self.comparisonTitle(report))] + (report.comparison.differences.isEmpty ? [] : [("differences", "Differences between groups")])
      + [("legend", "Legend"), ("documents", "Documents"), ("sources", "Lexicons and corpus")]
    for (anchor, name) in sections {
      html.open("li")
      html.element("a", ["href": "#" + anchor], text: name)
      if anchor == "comparison" { chartIndex(report, into: &html) }
      if anchor == "documents" { documentIndex(report, into: &html) }
      html.close("li")
    }
    html.close("ol")
    html.close("nav")
  }

  /// The comparison's charts, linked.
  private func chartIndex(_ report: HTMLReport, into html: inout HTMLWriter) {
    html.open("ol", ["class": "chart-index"])
    for chart in ComparisonCharts(comparison: report.comparison).charts {
      html.open("li")
      html.element("a", ["href": "#" + Self.chartID(chart)], text: chart.title)
      html.close("li")
    }
    html.close("ol")
  }

  /// The documents of each outlet, linked, with their unsupported and loaded counts.
  private func documentIndex(_ report: HTMLReport, into html: inout HTMLWriter) {
    html.open("ol")
    for outlet in report.outlets {
      let entries = report.entries.filter { $0.outlet == outlet }
      html.open("li")
      html.open("details", ["class": "outlet-index"])
      html.element("summary", text: "\(outlet) (\(entries.count) document\(entries.count == 1 ? "" : "s"))")
      html.open("ol", ["class": "outlet-documents"])
      for entry in entries {
        html.open("li")
        html.element("a", ["href": "#" + entry.anchor], text: entry.title)
        html.text(" · \(entry.totals.labels[.unsupported] ?? 0) unsupported, \(entry.totals.loadedLanguage) loaded")
        html.close("li")
      }
      html.close("ol")
      html.close("details")
      html.close("li")
    }
    html.close("ol")
  }

  private func comparison(_ report: HTMLReport, into html: inout HTMLWriter) {
    let charts = ComparisonCharts(comparison: report.comparison)
    html.open("section", ["id": "comparison", "aria-labelledby": "comparison-title"])
    html.element("h2", ["id": "comparison-title"], text: Self.comparisonTitle(report))
    thinWarning(charts.thinProfiles, advice: report.comparison.suggestedGroupings, into: &html)
    outletTable(report, into: &html)
    let drawer = BarChartDrawer()
    for chart in charts.charts { drawer.draw(chart, id: Self.chartID(chart), into: &html) }
    html.close("section")
  }

  /// `Outlet comparison`, or `Comparison by country`.
  static func comparisonTitle(_ report: HTMLReport) -> String {
    report.comparison.grouping == .outlet ? "Outlet comparison" : "Comparison by \(report.comparison.grouping)"
  }

  /// The element id of `chart`.
  static func chartID(_ chart: BarChart) -> String { "chart-" + chart.key }

  /// Says in plain words which outlets have too little text, and what that means for their bars.
  private func thinWarning(_ profiles: [OutletProfile], advice: [GroupingAdvice], into html: inout HTMLWriter) {
    guard !profiles.isEmpty else { return }
    html.open("div", ["class": "warning", "role": "note"])
    html.element("p", ["class": "warning-title"], text: "⚠ Too little text to draw firm conclusions")
    html.open("ul")
    for profile in profiles {
      html.element("li", text: "\(profile.name): \(profile.thinReason ?? "").")
    }
    html.close("ul")
    if let best = advice.first {
      html.element(
        "p", ["class": "advice"],
        text: "Grouping by \(best.field) makes \(best.groups) groups, \(best.thinGroups == 0 ? "none" : "\(best.thinGroups)") of them thin: slant report --by \(best.field).")
    }
    html.element(
      "p",
      text: """
        An outlet needs at least \(OutletProfile.minimumDocuments) documents and \(OutletProfile.minimumSentences) sentences before its \
        bars say much: with less, one article can swing a share by many points, the intervals are wide or missing, and a \
        difference between outlets may be chance. Read these outlets' bars as examples, not measurements.
        """)
    html.close("div")
  }

  /// Documents, sentences, support labels and loaded hits per outlet: the counts behind the charts.
  private func outletTable(_ report: HTMLReport, into html: inout HTMLWriter) {
    html.open("table", ["class": "outlets"])
    html.element("caption", text: "Sentences per outlet by the scorer's label")
    html.open("thead")
    html.open("tr")
    html.element("th", ["scope": "col"], text: "Outlet")
    for heading in ["Documents", "Sentences"] + SupportLabel.allCases.map(\.rawValue) + ["Loaded hits"] {
      html.element("th", ["scope": "col", "class": "number"], text: heading)
    }
    html.close("tr")
    html.close("thead")
    html.open("tbody")
    for outlet in report.outlets {
      let entries = report.entries.filter { $0.outlet == outlet }
      let totals = entries.reduce(into: ScoreTotals()) { $0.add($1.totals) }
      html.open("tr")
      html.element("th", ["scope": "row"], text: outlet)
      let counts = [entries.count, totals.sentences] + SupportLabel.allCases.map { totals.labels[$0] ?? 0 } + [totals.loadedLanguage]
      for count in counts { html.element("td", ["class": "number"], text: "\(count)") }
      html.close("tr")
    }
    html.close("tbody")
    html.close("table")
  }

  private func documents(_ report: HTMLReport, into html: inout HTMLWriter) {
    html.open("section", ["id": "documents", "aria-labelledby": "documents-title"])
    html.element("h2", ["id": "documents-title"], text: "Documents")
    html.element("p", ["class": "hint"], text: "Each document is collapsed; open it to read its sentences. People's annotations stand beside the scorer's label.")
    for entry in report.entries { html.markup(entry.section) }
    html.close("section")
  }

  /// The lexicons (files, categories, entry counts) and the corpus the report was made from.
  private func provenance(_ report: HTMLReport, into html: inout HTMLWriter) {
    html.open("section", ["id": "sources", "aria-labelledby": "sources-title"])
    html.element("h2", ["id": "sources-title"], text: "Lexicons and corpus")
    html.open("dl", ["class": "legend"])
    let skipped = report.hasSkippedInputs ? "; some inputs could not be read and are left out" : ""
    let facts = [
      ("Generated", Self.timestamp(report.generated)),
      ("Corpus", report.corpusPaths.joined(separator: ", ") + ": \(report.entries.count) documents, \(report.entries.reduce(0) { $0 + $1.totals.sentences }) sentences" + skipped),
      ("Outlets", report.outlets.joined(separator: ", ")),
      ("Annotations", "\(report.entries.reduce(0) { $0 + $1.annotations }) from \(report.annotationsFolder)"),
      ("Lexicons", report.lexiconPaths.joined(separator: ", ")),
    ]
    for (term, value) in facts {
      html.element("dt", text: term)
      html.element("dd", text: value)
    }
    html.close("dl")
    html.open("table", ["class": "lexicons"])
    html.element("caption", text: "Lexicon categories and their entries")
    html.open("thead")
    html.open("tr")
    for heading in ["File", "Category", "Family", "Description"] { html.element("th", ["scope": "col"], text: heading) }
    html.element("th", ["scope": "col", "class": "number"], text: "Entries")
    html.close("tr")
    html.close("thead")
    html.open("tbody")
    for lexicon in report.lexicons {
      let counts = lexicon.entryCounts
      let categories = lexicon.categories.isEmpty ? counts.keys.sorted().map { LexiconCategory(name: $0, description: "", path: lexicon.path, line: 0) } : lexicon.categories
      for category in categories {
        html.open("tr")
        html.element("td", text: lexicon.path)
        html.element("td", text: category.name)
        html.element("td", text: ReportLegend.name(for: category.family))
        html.element("td", text: category.description)
        html.element("td", ["class": "number"], text: "\(counts[category.name] ?? 0)")
        html.close("tr")
      }
    }
    html.close("tbody")
    html.close("table")
    html.close("section")
  }

  /// `2024-05-01 14:03 UTC`.
  static func timestamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
    return formatter.string(from: date)
  }
}
