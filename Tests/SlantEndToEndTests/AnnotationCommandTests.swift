import Foundation
import SlantCore
import Testing

@Suite struct AnnotationCommandTests {
  let workspace: Workspace
  init() throws { workspace = try Workspace() }

  @Test func theSeedsAnnotatedThroughTheCommandLineExportAndReadBackFieldByField() throws {
    let notes = ["says \"who\", exactly?", "line one\nline two", "=HYPERLINK(\"x\")", "+1 or -1 @all", "Zürich — “naïve” 東京"]
    let commands: [[String]] = [
      ["annotate", Workspace.seed, "--sentence", "2", "--span", "so-called", "--label", "scare-quote", "--note", notes[0]],
      ["annotate", Workspace.seed, "--sentence", "1", "--label", "hedged", "--label", "frame.security", "--note", notes[1]],
      ["annotate", Workspace.seed, "--sentence", "5", "--span", "Putin’s", "--label", "loaded", "--note", notes[2]],
      ["annotate", "seeds/003_2ff4c70e4ea9fa7c.txt", "--sentence", "0", "--label", "loaded", "--note", notes[3]],
      ["annotate", "seeds/003_2ff4c70e4ea9fa7c.txt", "--sentence", "3", "--label", "unsupported", "--note", notes[4]],
    ]
    for command in commands {
      let result = try workspace.run(command)
      #expect(result.status == 0, "\(command): \(result.errors)")
      #expect(result.output.hasPrefix("added "))
    }
    let export = try workspace.run(["export", "--output", "out.csv"])
    #expect(export.status == 0, "\(export.errors)")
    let csv = String(decoding: try workspace.read("out.csv"), as: UTF8.self)
    let rows = try CSVReader().rows(in: csv)
    #expect(rows.first?.fields == ExportRow.columns.map(\.name))
    #expect(rows.count == 6)
    let store = AnnotationStore(folder: workspace.path + "/annotations")
    for row in rows.dropFirst() {
      let field = Dictionary(uniqueKeysWithValues: zip(rows[0].fields, row.fields))
      let document = DocumentID(path: field["document"]!)
      let annotation = try #require(try store.load(document).sidecar.annotation(withID: field["id"]!))
      let text = try TextFileReader.text(atPath: workspace.path + "/" + document.path)
      let scalars = Array(text.unicodeScalars)
      let start = Int(field["start"]!)!, end = Int(field["end"]!)!
      #expect(String(String.UnicodeScalarView(scalars[start..<end])) == field["text"])
      #expect(field["text"] == annotation.target.quote.exact)
      #expect(field["labels"] == annotation.labels.joined(separator: ";"))
      #expect(field["annotator"] == "tester")
      #expect(field["origin"] == "human")
      let note = annotation.note!
      #expect(field["note"] == (note.first.map { "=+-@".contains($0) } == true ? "'" + note : note))
      #expect(notes.contains(note))
    }
    #expect(rows.dropFirst().contains { $0.fields[1] == "The Daily Guardian" && $0.fields[2] == "2022-02-23" })
    let scored = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { row in
      (row.fields[0] + "#" + row.fields[3] + "#" + row.fields[8], Dictionary(uniqueKeysWithValues: zip(rows[0].fields, row.fields)))
    })
    let hedged = try #require(scored["\(Workspace.seed)#1#hedged;frame.security"])
    #expect(hedged["scorer_label"] == "hedged" && hedged["agrees"] == "true")
    #expect(hedged["scorer_hits"] == "It is unclear:hedge;talks:frame.external-regulation;Ukraine:frame.external-regulation;not:negator")
    let unsupported = try #require(scored["seeds/003_2ff4c70e4ea9fa7c.txt#3#unsupported"])
    #expect(unsupported["scorer_label"] == "vague-source" && unsupported["agrees"] == "false")
    #expect(unsupported["scorer_reason"]?.hasPrefix("vague-source: \"reports emerged\"") == true)
    let loadedOnly = try #require(scored["seeds/003_2ff4c70e4ea9fa7c.txt#0#loaded"])
    #expect(loadedOnly["scorer_label"] == "neutral" && loadedOnly["agrees"] == "", "no support label given: no verdict")
  }

  @Test func exportWithExcelStartsWithABOMAndAllSentencesCoversTheText() throws {
    _ = try workspace.run(["annotate", Workspace.seed, "--sentence", "0", "--label", "neutral"])
    let excel = try workspace.run(["export", Workspace.seed, "--excel"])
    #expect(excel.output.hasPrefix("\u{FEFF}document,"))
    let all = try workspace.run(["export", Workspace.seed, "--all-sentences", "--format", "jsonl"])
    let sentences = try workspace.run(["sentences", Workspace.seed, "--format", "jsonl"])
    let lines = all.output.split(separator: "\n")
    #expect(lines.count == sentences.output.split(separator: "\n").count)
    #expect(lines.first?.contains("\"labels\":[\"neutral\"]") == true)
    #expect(lines.dropFirst().allSatisfy { $0.contains("\"labels\":[]") })
  }

  @Test func aCorruptSidecarIsLeftByteIdenticalAndReportedWithLineAndColumn() throws {
    _ = try workspace.run(["annotate", Workspace.seed, "--sentence", "0", "--label", "neutral"])
    var bytes = try workspace.read(Workspace.sidecar)
    bytes.removeLast(3)
    try workspace.write(bytes, to: Workspace.sidecar)
    let result = try workspace.run(["annotate", Workspace.seed, "--sentence", "1", "--label", "hedged"])
    #expect(result.status == 1)
    #expect(result.errors.hasPrefix("slant: annotations/seeds/000_fd96b963aaaca4c1.json:"))
    #expect(result.errors.contains(": unexpected end of file; expected ',' or '}'; the file was left as it is"))
    #expect(try workspace.read(Workspace.sidecar) == bytes)
    let verify = try workspace.run(["verify"])
    #expect(verify.status == 1)
    #expect(verify.output.hasSuffix("verified 0 sidecars with 0 annotations: 1 problem\n"))
    let export = try workspace.run(["export"])
    #expect(export.status == 2)
    #expect(try workspace.read(Workspace.sidecar) == bytes)
  }

  @Test func anEditedArticleIsReanchoredWithOneOrphanReportedAndNothingDeleted() throws {
    _ = try workspace.run(["annotate", Workspace.seed, "--sentence", "1", "--label", "hedged"])
    _ = try workspace.run(["annotate", Workspace.seed, "--sentence", "2", "--span", "so-called", "--label", "scare-quote"])
    _ = try workspace.run(["annotate", Workspace.seed, "--sentence", "3", "--label", "attributed"])
    var text = String(decoding: try workspace.read(Workspace.seed), as: UTF8.self)
    text = text.replacingOccurrences(of: "It is unclear whether talks regarding the Ukraine crisis will come up or not. ", with: "")
    text = text.replacingOccurrences(of: "This is the first time", with: "Officials noted that this is the first time")
    text = text.replacingOccurrences(of: " date 2022-02-23 ", with: " date 2022-02-23 UPDATED. ")
    try workspace.write(Data(text.utf8), to: Workspace.seed)
    let verify = try workspace.run(["verify"])
    #expect(verify.status == 1)
    #expect(verify.output.contains("the text changed since it was annotated"))
    let result = try workspace.run(["annotate", Workspace.seed, "--sentence", "0", "--label", "neutral"])
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.errors.contains("cannot be placed in the changed text; kept as orphaned"))
    #expect(result.errors.contains("moved from"))
    #expect(result.errors.contains("re-anchored with"))
    let sidecar = try SidecarFormat.decode(Array(try workspace.read(Workspace.sidecar)), path: Workspace.sidecar)
    #expect(sidecar.annotations.count == 4)
    #expect(sidecar.annotations.filter(\.isOrphaned).map(\.labels) == [["hedged"]])
    let after = try workspace.run(["verify"])
    #expect(after.output.contains("orphaned: 'It is unclear whether talks"))
    #expect(after.output.hasSuffix("1 problem\n"))
  }

  @Test func metadataSetByPeopleOutranksTheManifestAndIsExported() throws {
    let result = try workspace.run(["meta", Workspace.seed, "--outlet", "CNN-News18", "--date", "2022-02-22"])
    #expect(result.status == 0)
    #expect(result.output.contains("outlet: CNN-News18"))
    _ = try workspace.run(["annotate", Workspace.seed, "--sentence", "0", "--label", "neutral"])
    #expect(try workspace.run(["export", Workspace.seed]).output.contains("\r\nseeds/000_fd96b963aaaca4c1.txt,CNN-News18,2022-02-22,0,"))
    #expect(try workspace.run(["meta", Workspace.seed, "--date", "2022-02-30"]).errors == "slant: meta: '--date' needs YYYY-MM-DD, not '2022-02-30'\n")
  }

  @Test func removeDeletesOnlyTheNamedAnnotation() throws {
    let added = try workspace.run(["annotate", Workspace.seed, "--sentence", "0", "--label", "neutral"])
    _ = try workspace.run(["annotate", Workspace.seed, "--sentence", "1", "--label", "hedged"])
    let id = String(added.output.split(separator: " ")[1])
    #expect(try workspace.run(["annotate", Workspace.seed, "--remove", id]).output == "removed \(id) from \(Workspace.seed)\n")
    let sidecar = try SidecarFormat.decode(Array(try workspace.read(Workspace.sidecar)), path: "")
    #expect(sidecar.annotations.map(\.labels) == [["hedged"]])
    let missing = try workspace.run(["annotate", Workspace.seed, "--remove", id])
    #expect(missing.errors == "slant: annotations/seeds/000_fd96b963aaaca4c1.json: no annotation with id '\(id)'\n")
  }

  @Test func anUnknownLabelIsAUsageErrorWithASuggestion() throws {
    let result = try workspace.run(["annotate", Workspace.seed, "--sentence", "0", "--label", "loded"])
    #expect(result.status == 64)
    #expect(result.errors == "slant: annotate: unknown label 'loded' (did you mean 'loaded'?); the labels are listed in annotations/labels.txt\n")
  }
}
