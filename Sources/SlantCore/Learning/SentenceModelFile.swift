import Foundation

/// The text form of a `SentenceModel`, for a person to read and a program to load:
///
/// ```
/// # provenance lines
/// [label loaded]
/// intercept -1.600000
///  0.812345 word:radical
/// -0.402000 signal:support.attributed
/// ```
///
/// A `[label NAME]` header starts each label's model; `intercept X` gives its intercept, every
/// other line `WEIGHT FEATURE` (the feature is the rest of the line, spaces included). Lines
/// starting with `#` are comments, blank lines are skipped. Weights are listed strongest first.
public enum SentenceModelFile {
  /// The file's text for `model`.
  public static func text(of model: SentenceModel) -> String {
    var text = "# Slant sentence model: under each [label NAME], WEIGHT FEATURE lines, strongest first.\n"
    text += "# Features: signal: the scorer's evidence; entry: and category: lexicon hits in the outlet's voice;\n"
    text += "# word: and pair: the sentence's words. Edit a weight, or delete the folder to stop using the model.\n"
    for line in model.provenance { text += "# \(line)\n" }
    for label in model.labels {
      text += "\n[label \(label.label)]\nintercept \(format(label.intercept))\n"
      let ordered = label.weights.filter { $0.value != 0 }.sorted { (abs($0.value), $1.key) > (abs($1.value), $0.key) }
      for (feature, weight) in ordered { text += "\(format(weight)) \(feature)\n" }
    }
    return text
  }

  /// The model written in `text`, read from `path` (named in errors).
  public static func model(parsing text: String, path: String) throws(LearningError) -> SentenceModel {
    var provenance: [String] = [], labels: [SentenceModel.LabelModel] = []
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.isEmpty { continue }
      if trimmed.hasPrefix("#") {
        // The header's own three lines are not provenance.
        if labels.isEmpty, lineNumber > 3 { provenance.append(String(trimmed.dropFirst().drop { $0 == " " })) }
        continue
      }
      if trimmed.hasPrefix("[") {
        guard trimmed.hasPrefix("[label "), trimmed.hasSuffix("]") else {
          throw .malformed(path: path, line: lineNumber, reason: "expected a header '[label NAME]'")
        }
        let name = trimmed.dropFirst("[label ".count).dropLast().trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .malformed(path: path, line: lineNumber, reason: "the header names no label") }
        guard !labels.contains(where: { $0.label == name }) else {
          throw .malformed(path: path, line: lineNumber, reason: "label '\(name)' has a second section")
        }
        labels.append(SentenceModel.LabelModel(label: name, intercept: 0, weights: [:]))
        continue
      }
      guard !labels.isEmpty else { throw .malformed(path: path, line: lineNumber, reason: "a weight before any '[label NAME]' header") }
      let parts = trimmed.split(separator: " ", maxSplits: 1)
      if parts[0] == "intercept" {
        guard parts.count == 2, let value = Double(parts[1].trimmingCharacters(in: .whitespaces)), value.isFinite else {
          throw .malformed(path: path, line: lineNumber, reason: "'intercept' needs a number")
        }
        labels[labels.count - 1].intercept = value
        continue
      }
      guard parts.count == 2, let weight = Double(parts[0]), weight.isFinite else {
        throw .malformed(path: path, line: lineNumber, reason: "expected 'WEIGHT FEATURE', such as '0.5 word:radical'")
      }
      let feature = String(parts[1])
      guard labels[labels.count - 1].weights.updateValue(weight, forKey: feature) == nil else {
        throw .malformed(path: path, line: lineNumber, reason: "feature '\(feature)' is listed twice")
      }
    }
    guard !labels.isEmpty else { throw .malformed(path: path, line: lineNumber, reason: "no '[label NAME]' section") }
    return SentenceModel(provenance: provenance, labels: labels)
  }

  /// Six decimals: enough to read a weight back as it acts, short enough to read.
  private static func format(_ value: Double) -> String { String(format: "%.6f", value) }
}
