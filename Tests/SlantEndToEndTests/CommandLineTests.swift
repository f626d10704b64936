import Foundation
import Testing

@Suite struct CommandLineTests {
  @Test func mainJobScoresTheSeedsWithLabelsAndReasons() throws {
    let result = try SlantProcess.run([])
    #expect(result.status == 0)
    #expect(result.output.contains("seeds/000_fd96b963aaaca4c1.txt — News18, 2022-02-23, 14 sentences"))
    #expect(result.output.contains("seeds/003_2ff4c70e4ea9fa7c.txt — The Daily Guardian, 2022-02-23, 13 sentences"))
    #expect(result.output.contains("in the west for [sponsoring terrorism] Indian Union Territories"))
    #expect(result.output.contains("unsupported: \"sponsoring terrorism\" (loaded.negative, lexicons/loaded.txt:246); no source; no hedge"))
    #expect(result.output.contains("hedged: \"is unlikely to\" (hedge, lexicons/hedges.txt:58); no source"))
    #expect(result.output.contains("attributed: \"said\" (attribution.neutral, lexicons/attribution.txt:6), source \"Khan\""))
    #expect(result.errors.hasPrefix("slant: 2 documents, 27 sentences, 0 skipped, "), "one summary line for the scores, one for the comparison")
    #expect(result.errors.split(separator: "\n").count == 2)
  }

  @Test func mainJobEndsWithTheComparisonOfTheSeedOutletsAndAWarning() throws {
    let output = try SlantProcess.run([]).output
    let scores = try #require(output.range(of: "seeds/003_2ff4c70e4ea9fa7c.txt — The Daily Guardian"))
    let warning = try #require(output.range(of: "Two documents, one per outlet, are far too\nlittle text for these figures to mean much"))
    #expect(scores.upperBound < warning.lowerBound, "score output first, then the comparison")
    let comparison = output[warning.lowerBound...]
    #expect(comparison.contains("Loaded language per 1,000 tokens, by outlet"))
    #expect(comparison.contains("  News18                 ████████████████████████  36.3 (no interval)\n"))
    #expect(comparison.contains("News18 — 1 document, 14 sentences, 358 tokens\n  Too little text for these figures to mean much"))
    #expect(comparison.contains("The Daily Guardian — 1 document, 13 sentences, 332 tokens"))
    #expect(comparison.contains("    attributed   ██████████████▊            8  62% (no interval)\n"), "one document: no bootstrap, and no Wilson over its sentences")
    #expect(comparison.split(separator: "\n").allSatisfy { $0.count <= 80 }, "readable at 80 columns")
  }

  @Test func aFolderWithNoArticlesSaysSoAndExits1() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-empty-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder + "/notes", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("not an article".utf8).write(to: URL(fileURLWithPath: folder + "/notes/list.pdf"))
    for arguments in [["score", folder], ["compare", folder], ["sentences", folder], ["report", folder, "--html", folder + "/r.html"]] {
      let result = try SlantProcess.run(arguments)
      #expect(result.status == 1, "\(arguments[0])")
      #expect(result.errors.hasPrefix("slant: 1 file of other kinds not read (1 .pdf); Slant reads .txt, .md, .html, .htm, .jsonl and .csv\nslant: no documents read from \(folder) (articles are .txt, .md, .html, .htm, .jsonl or .csv files)\nslant: 0 documents"))
    }
    #expect(!FileManager.default.fileExists(atPath: folder + "/r.html"))
  }

  @Test func aMissingPathExits2AloneOrBesideAGoodOne() throws {
    #expect(try SlantProcess.run(["score", "no-such-folder"]).status == 2)
    let both = try SlantProcess.run(["score", "no-such-folder", "seeds"])
    #expect(both.status == 2)
    #expect(both.errors.hasPrefix("slant: no-such-folder: no such file or directory\nslant: 2 documents, 27 sentences, 1 skipped, "))
  }

  @Test func unknownCommandSuggestsTheClosestAndExits64() throws {
    let result = try SlantProcess.run(["sentense"])
    #expect(result.status == 64)
    #expect(result.errors == "slant: unknown command 'sentense' (did you mean 'sentences'?); see 'slant help'\n")
    let twoWords = try SlantProcess.run(["lexicon", "chek"])
    #expect(twoWords.status == 64)
    #expect(twoWords.errors == "slant: unknown command 'lexicon chek' (did you mean 'lexicon check'?); see 'slant help'\n")
    #expect(result.output.isEmpty)
  }

  @Test func unknownOptionSuggestsTheClosestAndExits64() throws {
    let result = try SlantProcess.run(["sentences", "--formt", "tsv"])
    #expect(result.status == 64)
    #expect(result.errors == "slant: sentences: unknown option '--formt' (did you mean '--format'?); see 'slant help sentences'\n")
  }

  @Test func missingPathIsOneLineAndExits2AsEveryBadInputDoes() throws {
    let result = try SlantProcess.run(["sentences", "no-such-folder"])
    #expect(result.status == 2)
    #expect(result.errors.hasPrefix("slant: no-such-folder: no such file or directory\n"))
  }

  @Test func versionAndHelp() throws {
    #expect(try SlantProcess.run(["--version"]).output.hasPrefix("slant "))
    let help = try SlantProcess.run(["help", "sentences"])
    #expect(help.status == 0)
    #expect(help.output.contains("--format text|tsv|jsonl"))
    #expect(try SlantProcess.run(["sentences", "--help"]).output == help.output)
  }
}

@Suite struct SentencesCommandTests {
  @Test func tsvHasAHeaderAndScalarOffsetsIntoTheFile() throws {
    let result = try SlantProcess.run(["sentences", "seeds/000_fd96b963aaaca4c1.txt", "--format", "tsv"])
    #expect(result.status == 0)
    let rows = result.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    #expect(rows.first == ["document", "outlet", "date", "sentence", "start", "end", "text"])
    #expect(rows.count == 15)
    let seed = Array(try String(contentsOfFile: SlantProcess.repository + "/seeds/000_fd96b963aaaca4c1.txt", encoding: .utf8).unicodeScalars)
    for row in rows.dropFirst() {
      let start = try #require(Int(row[4])), end = try #require(Int(row[5]))
      #expect(String(String.UnicodeScalarView(seed[start..<end])) == row[6])
    }
    #expect(rows[1][4] == "17")
  }

  @Test func brokenFilesAreReportedOnePerLineAndTheRestIsRead() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-broken-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("Good text. Second sentence.".utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
    try Data([0x47, 0x49, 0x46, 0x00, 0x01]).write(to: URL(fileURLWithPath: folder + "/b.txt"))
    try Data(Array("Caf".utf8) + [0xE9]).write(to: URL(fileURLWithPath: folder + "/c.txt"))
    try Data([0xEF, 0xBB, 0xBF] + Array("BOM first.\r\nCRLF second.".utf8)).write(to: URL(fileURLWithPath: folder + "/d.txt"))
    try Data().write(to: URL(fileURLWithPath: folder + "/e.txt"))
    let result = try SlantProcess.run(["sentences", folder, "--format", "jsonl"])
    #expect(result.status == 2)
    #expect(result.errors.hasPrefix("""
      slant: \(folder)/b.txt: looks binary (NUL byte at byte 3); skipped
      slant: warning: \(folder)/c.txt: not valid UTF-8 at byte 3; read as Windows-1252 (--strict-encoding refuses it)
      slant: 4 documents, 5 sentences, 1 skipped, 
      """))
    let texts = try result.output.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["text"] as? String
    }
    #expect(texts == ["Good text.", "Second sentence.", "Café", "BOM first.", "CRLF second."])
  }
}
