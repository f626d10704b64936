import Foundation
import SlantCore
import Testing

@Suite struct ScoreCommandTests {
  @Test func csvHasOneRFC4180RowPerSentence() throws {
    let result = try SlantProcess.run(["score", "seeds", "--format", "csv"])
    #expect(result.status == 0)
    let rows = try CSVReader().rows(in: result.output)
    #expect(rows.first?.fields == [
      "document", "outlet", "date", "sentence", "start", "end", "text", "label", "reason", "loaded", "labels", "intensity", "hedges",
      "attribution", "verbs", "negators", "frames", "other", "hits", "frame", "frame_probability", "frame_basis", "probability.loaded",
      "probability.unsupported",
      "probability_reason",
    ])
    // Each seed's headline (from seeds/manifest.csv) comes first, then its sentences.
    #expect(rows.count == 1 + 2 + 27)
    #expect(rows.filter { $0.fields[3] == "headline" }.map { $0.fields[6] } == [
      "Ignored by West for sponsoring terror, Pak PM Imran Khan to meet Putin to renew ties with Russia",
      "Pakistan PM Imran Khan's ill-timed first visit to Russia begins today",
    ])
    #expect(rows.allSatisfy { $0.fields.count == 25 })
    #expect(rows.dropFirst().allSatisfy { row in [row.fields[22], row.fields[23]].allSatisfy { Double($0).map { (0...1).contains($0) } ?? false } })
    // The primary frame is empty exactly when its probability and its basis are.
    #expect(rows.dropFirst().allSatisfy { row in row.fields[19].isEmpty == row.fields[20].isEmpty && row.fields[19].isEmpty == row.fields[21].isEmpty })
    #expect(rows.dropFirst().allSatisfy { row in row.fields[21].isEmpty || FrameBasis(rawValue: row.fields[21]) != nil })
    let talks = try #require(rows.first { $0.fields[6].hasPrefix("It is unclear whether talks") })
    #expect(talks.fields[19] == "external-regulation" && (Double(talks.fields[20]) ?? 0) > 0.5 && talks.fields[21] == "cues")
    let quoted = try #require(rows.first { $0.fields[6].hasPrefix("“They will also have") })
    #expect(quoted.fields[6].contains("Afghanistan,\" the statement"))
    #expect(quoted.fields[7] == "attributed")
    let unsupported = try #require(rows.first { $0.fields[6].contains("sponsoring terrorism") })
    #expect(unsupported.fields[7] == "unsupported" && unsupported.fields[9] == "1")
    #expect(unsupported.fields[18].contains("sponsoring terrorism:loaded.negative"))
    let seed = try String(contentsOfFile: SlantProcess.repository + "/seeds/003_2ff4c70e4ea9fa7c.txt", encoding: .utf8)
    let row = try #require(rows.first { $0.fields[0] == "seeds/003_2ff4c70e4ea9fa7c.txt" && $0.fields[3] == "12" })
    let scalars = Array(seed.unicodeScalars)
    let start = try #require(Int(row.fields[4])), end = try #require(Int(row.fields[5]))
    #expect(String(String.UnicodeScalarView(scalars[start..<end])) == row.fields[6])
  }

  @Test func jsonLinesCarryEveryHitWithScalarOffsets() throws {
    let result = try SlantProcess.run(["score", "seeds/000_fd96b963aaaca4c1.txt", "--format", "jsonl"])
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 1 + 14)
    #expect(lines[0].contains(#""headline":true,"sentence":null"#))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[11].utf8)) as? [String: Any])
    #expect(object["label"] as? String == "unsupported")
    let hits = try #require(object["hits"] as? [[String: Any]])
    let hit = try #require(hits.first { $0["category"] as? String == "loaded.negative" })
    #expect(hit["text"] as? String == "sponsoring terrorism" && hit["file"] as? String == "lexicons/loaded.txt" && hit["line"] as? Int == 246)
    #expect(hit["start"] as? Int == 1540 && hit["end"] as? Int == 1560)
  }

  @Test func standardInputStreamsJSONLinesAndReportsBadLines() throws {
    let input = """
      {"id": "a", "outlet": "Wire", "text": "Pakistan was sponsoring terrorism. Khan said it was over."}
      not json
      {"id": "b", "text": "Russia is unlikely to sign."}
      """
    let result = try SlantProcess.run(["score", "-"], input: input)
    #expect(result.status == 2)
    #expect(result.errors.hasPrefix("slant: -:2: not valid JSON at column 1: expected a value\nslant: 2 documents, 1 skipped, "))
    #expect(result.errors.hasSuffix(" s\n") && result.errors.split(separator: "\n").count == 2)
    let objects = try result.output.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(objects.map { $0["document"] as? String } == ["-#a", "-#a", nil, "-#b"])
    #expect(objects.map { $0["label"] as? String } == ["unsupported", "attributed", nil, "hedged"])
    #expect(objects[2]["error"] as? String == "not valid JSON at column 1: expected a value" && objects[2]["line"] as? Int == 2)
    #expect(objects[0]["outlet"] as? String == "Wire")
  }

  @Test func aFolderWithBadFilesIsScoredInOrderAndTheBadOnesReported() throws {
    let scratch = try Workspace()
    for index in 0..<150 { try scratch.write(Data(Array("Article \(index) was brutal.".utf8)), to: "corpus/\(String(format: "%03d", index)).txt") }
    try scratch.write(Data([0x42, 0xFF, 0x20, 0x41]), to: "corpus/070.txt")
    try scratch.write(Data([0x41, 0x00, 0x42]), to: "corpus/071.txt")
    let result = try SlantProcess.run(["score", "corpus", "--format", "csv"], in: scratch.path)
    #expect(result.status == 2)
    #expect(result.errors.contains("slant: warning: corpus/070.txt: not valid UTF-8 at byte 1; read as Windows-1252 (--strict-encoding refuses it)\n"))
    #expect(result.errors.contains("corpus/071.txt: looks binary (NUL byte at byte 1); skipped"))
    #expect(result.errors.contains("\nslant: 149 documents, 149 sentences, 1 skipped, "))
    let documents = try CSVReader().rows(in: result.output).dropFirst().map { $0.fields[0] }
    #expect(documents == (0..<150).filter { $0 != 71 }.map { "corpus/\(String(format: "%03d", $0)).txt" })
    let strict = try SlantProcess.run(["score", "corpus", "--format", "csv", "--strict-encoding"], in: scratch.path)
    #expect(strict.errors.contains("slant: corpus/070.txt: not valid UTF-8 at byte 1; convert it to UTF-8 (e.g. iconv -f windows-1252 -t utf-8)\n"))
    #expect(strict.errors.contains("\nslant: 148 documents, 148 sentences, 2 skipped, "))
  }

  @Test func lexiconCheckReportsEachProblemAsFileLineMessage() throws {
    let scratch = try Workspace()
    try scratch.write(Data(Array("[loaded.test] Test.\nbrutal | colour red\nter*ror\nbrutal\nbrutal\n".utf8)), to: "lexicons/broken.txt")
    let result = try SlantProcess.run(["lexicon", "check"], in: scratch.path)
    #expect(result.status == 1)
    #expect(result.output == """
      lexicons/broken.txt:2: unknown field 'colour'; fields are 'weight N' and 'note TEXT'
      lexicons/broken.txt:3: wildcard '*' in the middle of 'ter*ror'; '*' may only end a word
      lexicons/broken.txt:5: duplicate entry 'brutal' in category 'loaded.test' (first at line 4)

      """)
    try scratch.write(Data(Array("It was brutal.".utf8)), to: "corpus/a.txt")
    let score = try SlantProcess.run(["score", "corpus/a.txt"], in: scratch.path)
    #expect(score.status == 2)
    #expect(score.errors.hasPrefix("slant: lexicons/broken.txt:2: unknown field 'colour'"))
    #expect(score.output.contains("It was [brutal]."))
  }

  @Test func lexiconListShowsCategoriesWithCountsAndAMissingLexiconIsAnError() throws {
    let list = try SlantProcess.run(["lexicon", "list"])
    #expect(list.status == 0)
    #expect(list.output.contains("loaded.negative"))
    #expect(list.output.split(separator: "\n").contains { $0.hasPrefix("frame.security") && $0.contains("frames") })
    // The context lists follow, each with where to edit it.
    #expect(list.output.split(separator: "\n").contains { $0.hasPrefix("[near markets]") && $0.hasSuffix("lexicons/context/plain-senses.list:12") })
    #expect(list.output.split(separator: "\n").contains { $0.hasPrefix("[feelings]") && $0.contains("context") })
    let missing = try SlantProcess.run(["score", "seeds", "--lexicon", "nope.dic"])
    #expect(missing.status == 1)
    #expect(missing.errors == "slant: nope.dic: no such lexicon file or folder\n")
  }
}
