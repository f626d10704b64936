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

  /// The model written in `text`, read from `path` (named in errors). Read byte by byte: a
  /// learned model has tens of thousands of lines, and splitting them as characters cost more
  /// than compiling the model.
  public static func model(parsing text: String, path: String, maximumWeights: Int = maximumWeights) throws(LearningError) -> SentenceModel {
    var text = text
    return try text.withUTF8 { bytes in
      Result { () throws(LearningError) in try model(parsing: bytes, path: path, maximumWeights: maximumWeights) }
    }.get()
  }

  private static func model(parsing bytes: UnsafeBufferPointer<UInt8>, path: String, maximumWeights: Int) throws(LearningError) -> SentenceModel {
    var provenance: [String] = [], labels: [SentenceModel.LabelModel] = []
    var lineNumber = 0, weightCount = 0
    var lineStart = 0
    let space = UInt8(ascii: " ")
    while lineStart <= bytes.count {
      lineNumber += 1
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      defer { lineStart = lineEnd + 1 }
      let end = lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") ? lineEnd - 1 : lineEnd
      var start = lineStart
      while start < end && (bytes[start] == space || bytes[start] == UInt8(ascii: "\t")) { start += 1 }
      if start == end { continue }
      switch bytes[start] {
      case UInt8(ascii: "#"):
        // The header's own three lines are not provenance.
        guard labels.isEmpty, lineNumber > 3 else { continue }
        var first = start + 1
        while first < end && bytes[first] == space { first += 1 }
        provenance.append(String(decoding: bytes[first..<end], as: UTF8.self))
      case UInt8(ascii: "["):
        let trimmed = Substring(String(decoding: bytes[start..<end], as: UTF8.self))
        guard trimmed.hasPrefix("[label "), trimmed.hasSuffix("]") else {
          throw .malformed(path: path, line: lineNumber, reason: "expected a header '[label NAME]'")
        }
        let name = trimmed.dropFirst("[label ".count).dropLast().trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .malformed(path: path, line: lineNumber, reason: "the header names no label") }
        guard !labels.contains(where: { $0.label == name }) else {
          throw .malformed(path: path, line: lineNumber, reason: "label '\(name)' has a second section")
        }
        labels.append(SentenceModel.LabelModel(label: name, intercept: 0, weights: [:]))
      default:
        guard !labels.isEmpty else { throw .malformed(path: path, line: lineNumber, reason: "a weight before any '[label NAME]' header") }
        // The first word, and the rest of the line after the space that ends it.
        var split = start
        while split < end && bytes[split] != space { split += 1 }
        let first = bytes[start..<split]
        let rest = split + 1 < end ? bytes[(split + 1)..<end] : bytes[end..<end]
        if first.elementsEqual("intercept".utf8) {
          guard !rest.isEmpty, let value = Double(String(decoding: rest, as: UTF8.self).trimmingCharacters(in: .whitespaces)), value.isFinite else {
            throw .malformed(path: path, line: lineNumber, reason: "'intercept' needs a number")
          }
          labels[labels.count - 1].intercept = value
          continue
        }
        guard !rest.isEmpty, let weight = Double(String(decoding: first, as: UTF8.self)), weight.isFinite else {
          throw .malformed(path: path, line: lineNumber, reason: "expected 'WEIGHT FEATURE', such as '0.5 word:radical'")
        }
        let feature = String(decoding: rest, as: UTF8.self)
        weightCount += 1
        guard weightCount <= maximumWeights else {
          throw .malformed(path: path, line: lineNumber, reason: "more than \(maximumWeights) weights (a learned model has tens of thousands)")
        }
        guard labels[labels.count - 1].weights.updateValue(weight, forKey: feature) == nil else {
          throw .malformed(path: path, line: lineNumber, reason: "feature '\(feature)' is listed twice")
        }
      }
    }
    guard !labels.isEmpty else { throw .malformed(path: path, line: lineNumber, reason: "no '[label NAME]' section") }
    return SentenceModel(provenance: provenance, labels: labels)
  }

  /// The most weights a model file may hold: the compiled model numbers its words in 24 bits
  /// (`WordTable`), and no learned model comes near (BABE's has 13,000).
  public static let maximumWeights = 4_000_000

  /// Six decimals: enough to read a weight back as it acts, short enough to read.
  private static func format(_ value: Double) -> String { String(format: "%.6f", value) }
}
