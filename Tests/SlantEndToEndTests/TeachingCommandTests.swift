import Foundation
import SlantCore
import Testing

/// `slant import`, `slant eval` and `slant lexicon learn` on a workspace: people's labels come in
/// from another tool, the scorer is measured against them, and a model is learned from them.
@Suite struct TeachingCommandTests {
  let workspace: Workspace
  init() throws { workspace = try Workspace() }

  /// Export → import into a fresh workspace → export gives the same file, and a second import adds nothing.
  @Test(arguments: ["jsonl", "csv"]) func exportImportExportIsIdentical(format: String) throws {
    for (sentence, label) in [("2", "loaded"), ("4", "unsupported"), ("7", "hedged")] {
      let result = try workspace.run(["annotate", Workspace.seed, "--sentence", sentence, "--label", label, "--note", "n\(sentence)"])
      #expect(result.status == 0, "\(result.errors)")
    }
    #expect(try workspace.run(["annotate", Workspace.seed, "--sentence", "2", "--span", "so-called", "--label", "scare-quote"]).status == 0)
    #expect(try workspace.run(["export", "--format", format, "--output", "first.\(format)"]).status == 0)

    let other = try Workspace()
    try other.write(try workspace.read("first.\(format)"), to: "first.\(format)")
    let imported = try other.run(["import", "first.\(format)"])
    #expect(imported.status == 0, "\(imported.errors)")
    #expect(imported.output == "imported 4 annotations into 1 document; skipped 0\n")
    #expect(try other.run(["export", "--format", format, "--output", "second.\(format)"]).status == 0)
    #expect(try other.read("second.\(format)") == (try workspace.read("first.\(format)")))

    let again = try other.run(["import", "first.\(format)"])
    #expect(again.output == "imported 0 annotations into 0 documents; 4 already there; skipped 0\n")
    #expect(try other.read("second.\(format)") == (try workspace.read("first.\(format)")))
  }

  @Test func badRecordsAreReportedByLineAndTheRestImported() throws {
    let text = try TextFileReader.text(atPath: workspace.path + "/" + Workspace.seed)
    let scalars = Array(text.unicodeScalars)
    let quote = String(String.UnicodeScalarView(scalars[17..<25]))
    let lines = [
      #"{"document": "\#(Workspace.seed)", "start": 17, "end": 25, "unit": "span", "labels": ["loaded"], "annotator": "ann", "text": "\#(quote)"}"#,
      #"{"document": "\#(Workspace.seed)", "start": 17, "end": 25, "labels": ["loaded"], "text": "zqxj wvvk pfff qqzz yyxx"}"#,
      #"{"document": "seeds/missing.txt", "start": 0, "end": 4, "labels": ["loaded"]}"#,
      "not json",
      #"{"document": "\#(Workspace.seed)", "start": 17, "end": 25, "unit": "span", "labels": ["biased"], "annotator": "ann"}"#,
    ]
    try workspace.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: "people.jsonl")
    let result = try workspace.run(["import", "people.jsonl", "--map", "biased=loaded"])
    #expect(result.status == 2)
    let errors = result.errors.split(separator: "\n").map(String.init)
    #expect(errors.contains { $0.hasPrefix("slant: people.jsonl:2: ") })
    #expect(errors.contains { $0.hasPrefix("slant: people.jsonl:3: no document 'seeds/missing.txt'") })
    #expect(errors.contains { $0.hasPrefix("slant: people.jsonl:4: ") })
    #expect(result.output.hasPrefix("imported 1 annotation into 1 document; 1 already there; skipped 3"))
    let sidecar = try #require(try workspace.firstSidecar())
    #expect(sidecar.annotations.map(\.labels) == [["loaded"]])
    #expect(sidecar.annotations.map(\.annotator) == ["ann"])
  }

  @Test func unknownLabelsAreReportedOnceWithASuggestion() throws {
    let lines = (0..<3).map { index in
      #"{"document": "\#(Workspace.seed)", "start": \#(17 + index), "end": 25, "unit": "span", "labels": ["loded"], "annotator": "ann"}"#
    }
    try workspace.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: "people.jsonl")
    let result = try workspace.run(["import", "people.jsonl"])
    let mentions = result.errors.split(separator: "\n").filter { $0.contains("'loded'") }
    #expect(mentions.count == 1)
    #expect(mentions.first?.contains("loaded") == true)
  }

  /// A written corpus where people label exactly the sentences that hold one made-up word: eval
  /// measures the rules against them, learn finds the word, and score then uses the model.
  @Test func learnFindsWhatPeopleLabelAndScoreUsesIt() throws {
    var lines: [String] = []
    for index in 0..<30 {
      let sentences = (0..<4).map { position in
        (index + position) % 3 == 0 ? "The plan is a grobble for the town." : "The plan is a talk for the town on day \(index * 4 + position)."
      }
      let text = sentences.joined(separator: " ")
      lines.append(#"{"id": "a\#(index)", "outlet": "Outlet \#(index % 3)", "text": "\#(text)"}"#)
    }
    try workspace.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: "news/corpus.jsonl")
    var records: [String] = []
    for (index, line) in lines.enumerated() {
      let text = try JSONDecoder().decode([String: String].self, from: Data(line.utf8))["text"]!
      var start = 0
      for sentence in text.components(separatedBy: ". ") {
        let body = sentence.hasSuffix(".") ? sentence : sentence + "."
        let label = body.contains("grobble") ? "loaded" : "neutral"
        records.append(
          #"{"document": "news/corpus.jsonl#a\#(index)", "start": \#(start), "end": \#(start + body.unicodeScalars.count), "unit": "sentence", "labels": ["\#(label)"], "annotator": "ann"}"#)
        start += body.unicodeScalars.count + 1
      }
    }
    try workspace.write(Data((records.joined(separator: "\n") + "\n").utf8), to: "labels.jsonl")
    let imported = try workspace.run(["import", "labels.jsonl"])
    #expect(imported.status == 0, "\(imported.errors)")
    #expect(imported.output.hasPrefix("imported 120 annotations into 30 documents"))

    let eval = try workspace.run(["eval", "news", "--format", "json"])
    #expect(eval.status == 0, "\(eval.errors)")
    let report = try JSONSerialization.jsonObject(with: Data(eval.output.utf8)) as! [String: Any]
    let sentences = report["sentences"] as! [String: Any]
    #expect(sentences["documents"] as? Int == 30)
    #expect(sentences["sentences"] as? Int == 120)

    let learned = try workspace.run(["lexicon", "learn", "news"])
    #expect(learned.status == 0, "\(learned.errors)")
    #expect(learned.output.contains("Learned from 120 sentences in 30 documents"))
    let model = try SentenceModelFile.model(parsing: String(decoding: try workspace.read("learned/model.txt"), as: UTF8.self), path: "m")
    let loaded = try #require(model.labels.first { $0.label == "loaded" })
    let words = loaded.weights.filter { $0.key.hasPrefix("word:") }
    #expect(words.max { $0.value < $1.value }?.key == "word:grobble")
    #expect(String(decoding: try workspace.read("learned/candidates.txt"), as: UTF8.self).contains("\ngrobble | note z "))

    let scored = try workspace.run(["score", "news", "--format", "jsonl"])
    let first = try JSONSerialization.jsonObject(with: Data(scored.output.split(separator: "\n")[0].utf8)) as! [String: Any]
    let probabilities = first["probabilities"] as! [String: Double]
    #expect(Set(probabilities.keys) == ["biased", "loaded", "neutral"])
    #expect(probabilities["loaded"]! > 0.8, "sentence 0 of a0 holds the word")
    let plain = try workspace.run(["score", "news", "--format", "jsonl", "--no-learned"])
    let firstPlain = try JSONSerialization.jsonObject(with: Data(plain.output.split(separator: "\n")[0].utf8)) as! [String: Any]
    #expect(Set((firstPlain["probabilities"] as! [String: Double]).keys) == ["loaded", "unsupported"])
  }

  @Test func learnWithTooFewLabelsSaysWhatItNeeds() throws {
    #expect(try workspace.run(["annotate", Workspace.seed, "--sentence", "2", "--label", "loaded"]).status == 0)
    let result = try workspace.run(["lexicon", "learn", "seeds"])
    #expect(result.status == 1)
    #expect(result.errors.contains("slant: not enough labelled sentences to learn from: 14 sentences in annotated documents"))
    #expect(!FileManager.default.fileExists(atPath: workspace.path + "/learned"))
  }

  @Test func evalWithoutAnnotationsSaysHowToGetThem() throws {
    let result = try workspace.run(["eval", "seeds"])
    #expect(result.status == 1, "nothing to measure is a failure, not a usage error")
    #expect(result.errors.contains("label sentences in 'slant shell' or bring labels in with 'slant import'"))
  }

  /// Two annotated documents: a bootstrap over two documents is no interval to defend, so eval
  /// gives each figure alone and says why, in text, JSON and CSV.
  @Test func evalOverTooFewDocumentsGivesNoInterval() throws {
    let texts = ["The plan is a grobble for the town. The plan is a talk for the town.", "A grobble came today. The rain fell in the north."]
    var lines: [String] = [], records: [String] = []
    for (index, text) in texts.enumerated() {
      lines.append(#"{"id": "a\#(index)", "text": "\#(text)"}"#)
      var start = 0
      for (position, sentence) in text.components(separatedBy: ". ").enumerated() {
        let body = sentence.hasSuffix(".") ? sentence : sentence + "."
        let label = position == 0 ? "loaded" : "neutral"
        records.append(
          #"{"document": "news/corpus.jsonl#a\#(index)", "start": \#(start), "end": \#(start + body.unicodeScalars.count), "unit": "sentence", "labels": ["\#(label)"], "annotator": "ann"}"#)
        start += body.unicodeScalars.count + 1
      }
    }
    try workspace.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: "news/corpus.jsonl")
    try workspace.write(Data((records.joined(separator: "\n") + "\n").utf8), to: "labels.jsonl")
    #expect(try workspace.run(["import", "labels.jsonl"]).status == 0)
    let reason = "no interval: 2 documents (an interval needs at least 5)"

    let text = try workspace.run(["eval", "news"])
    #expect(text.status == 0, "\(text.errors)")
    #expect(text.output.contains("Intervals: \(reason)\n"))
    let row = try #require(text.output.split(separator: "\n").first { $0.hasPrefix("  biased ") })
    #expect(!row.contains("["), "point figures only: \(row)")

    let json = try workspace.run(["eval", "news", "--format", "json"])
    let report = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as! [String: Any]
    let sentences = report["sentences"] as! [String: Any]
    #expect(sentences["method"] as? String == reason)
    let biased = (sentences["labels"] as! [[String: Any]])[0]
    let precision = (biased["figures"] as! [String: Any])["precision"] as! [String: Any]
    #expect(precision["lower"] is NSNull && precision["upper"] is NSNull)
    #expect(precision["noInterval"] as? String == reason)

    let csv = try workspace.run(["eval", "news", "--format", "csv"])
    let rows = csv.output.split(whereSeparator: \.isNewline)
    #expect(rows.first == "scope,name,label,figure,value,lower,upper,no_interval")
    let precisionRow = try #require(rows.first { $0.hasPrefix("sentences,biased,biased,precision,") })
    #expect(precisionRow.hasSuffix(",,,\(reason)"), "\(precisionRow)")
  }
}
