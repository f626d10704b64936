import SlantCore
import SlantTerminal

/// How the report shows each family and support label in words, beside colour: a name, a short
/// text marker drawn before every highlight, and a line for the legend.
enum ReportLegend {
  /// The marker letters and names of the families highlighted in the text.
  static func marker(for family: CategoryFamily) -> String {
    switch family {
    case .loaded: "L"
    case .labels: "B"
    case .intensity: "I"
    case .hedges: "H"
    case .attribution: "A"
    case .verbs: "V"
    case .negators: "N"
    case .frames: "F"
    case .other: "O"
    }
  }

  static func name(for family: CategoryFamily) -> String {
    switch family {
    case .loaded: "Loaded language"
    case .labels: "Labels and scare quotes"
    case .intensity: "Intensifiers and absolutes"
    case .hedges: "Hedges"
    case .attribution: "Attribution and evidence"
    case .verbs: "Reporting verbs"
    case .negators: "Negators"
    case .frames: "Frames"
    case .other: "Other categories"
    }
  }

  static func meaning(of label: SupportLabel) -> String {
    switch label {
    case .attributed: "credited to a named source, or a quotation credited to someone"
    case .vagueSource: "credited to unnamed sources, officials, critics, “some”"
    case .hedged: "the outlet's own voice, softened by a hedge"
    case .unsupported: "the outlet's own voice asserting something evaluative with no source and no evidence"
    case .neutral: "none of these"
    }
  }

  /// Appends the legend: each highlighted family as it appears in the text, then each label.
  static func draw(into html: inout HTMLWriter) {
    html.open("section", ["id": "legend", "aria-labelledby": "legend-title"])
    html.element("h2", ["id": "legend-title"], text: "Legend")
    html.open("dl", ["class": "legend"])
    for family in HitSpan.markedFamilies {
      html.open("dt")
      html.open("mark", ["class": "hit f-\(family.rawValue)", "data-marker": marker(for: family)])
      html.text("example")
      html.close("mark")
      html.close("dt")
      html.element("dd", text: "\(name(for: family)) (marker \(marker(for: family)))")
    }
    for label in SupportLabel.allCases {
      html.open("dt")
      html.element("span", ["class": "label label-\(label.rawValue)"], text: label.rawValue)
      html.close("dt")
      html.element("dd", text: "Sentence " + meaning(of: label))
    }
    html.close("dl")
    html.element(
      "p", ["class": "hint"],
      text: "Press Tab to move through the highlighted words; each shows its category, lexicon line and modifiers when focused or hovered. Open a sentence's label to read the scorer's reason.")
    html.close("section")
  }
}
