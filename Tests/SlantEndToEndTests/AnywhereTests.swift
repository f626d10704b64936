import Foundation
import Testing

/// `slant` copied alone into an empty folder works: it carries its lexicons and seeds.
@Suite struct AnywhereTests {
  /// An empty folder holding only a copy of the executable.
  final class Elsewhere {
    let path: String
    init() throws {
      path = FileManager.default.temporaryDirectory.appendingPathComponent("slant-elsewhere-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      try FileManager.default.copyItem(atPath: SlantProcess.executable, toPath: path + "/slant")
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func run(_ arguments: [String]) throws -> SlantProcess.Result { try SlantProcess.run(arguments, in: path) }
  }

  @Test func theMainJobRunsOnTheBuiltInSeedsAndLexicons() throws {
    let elsewhere = try Elsewhere()
    let result = try elsewhere.run([])
    #expect(result.status == 0)
    #expect(result.errors.contains("slant: no seeds/ here: scoring the two sample articles built into slant\n"))
    #expect(!result.errors.contains("slant: slant:"))
    let inRepository = try SlantProcess.run([])
    #expect(result.output == inRepository.output, "the same scores as in the repository")
    let left = try FileManager.default.contentsOfDirectory(atPath: elsewhere.path)
    #expect(left == ["slant"], "nothing written beside it")
  }

  @Test func scoringAFileUsesTheBuiltInLexiconsAndSaysSo() throws {
    let elsewhere = try Elsewhere()
    try Data("Officials said the so-called talks were a disaster.\n".utf8).write(to: URL(fileURLWithPath: elsewhere.path + "/a.txt"))
    let result = try elsewhere.run(["score", "a.txt", "--format", "jsonl"])
    #expect(result.status == 0)
    #expect(result.output.contains("\"file\":\"lexicons/scare-quotes.txt\""))
    let check = try elsewhere.run(["lexicon", "check"])
    #expect(check.status == 0)
    #expect(check.errors.hasPrefix("slant: the built-in lexicons: "))
  }

  @Test func anExportedLexiconFolderIsUsedInsteadOfTheBuiltInOne() throws {
    let elsewhere = try Elsewhere()
    let export = try elsewhere.run(["lexicon", "export", "lexicons"])
    #expect(export.status == 0)
    #expect(export.errors.hasPrefix("slant: wrote "))
    #expect(FileManager.default.fileExists(atPath: elsewhere.path + "/lexicons/loaded.txt"))
    let check = try elsewhere.run(["lexicon", "check"])
    #expect(check.errors.hasPrefix("slant: lexicons/: "))
    let again = try elsewhere.run(["lexicon", "export", "lexicons"])
    #expect(again.status == 1)
    #expect(again.errors == "slant: lexicons/README.md: cannot write the lexicon: already exists; choose an empty folder; any file there was left as it was\n")
  }
}
