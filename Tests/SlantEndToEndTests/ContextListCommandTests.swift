import Foundation
import Testing

/// `slant lexicon check` and scoring with a workspace's own context lists (`lexicons/context/`).
@Suite struct ContextListCommandTests {
  @Test func lexiconCheckReportsContextProblemsAsFileLineMessage() throws {
    let scratch = try Workspace()
    let path = "lexicons/context/plain-senses.list"
    let original = String(decoding: try scratch.read(path), as: UTF8.self)
    let base = original.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    try scratch.write(Data((original + "\n[near tides] Tides.\n= turbulent\nwaters\nwaters\n[moods] Unknown.\n").utf8), to: path)
    let result = try scratch.run(["lexicon", "check"])
    #expect(result.status == 1)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first == "\(path):\(base + 5): duplicate word \"waters\" in [near tides] (first at line \(base + 4))")
    #expect(lines.last?.hasPrefix("\(path):\(base + 6): unknown section [moods]; expected one of") == true)
    #expect(result.errors.contains("2 problems"))
    // Scoring reports the same problems and goes on with what it read.
    let score = try scratch.run(["score", "seeds", "--format", "jsonl"])
    #expect(score.status == 2)
    #expect(score.errors.contains("slant: \(path):\(base + 5): duplicate word \"waters\""))
  }

  @Test func lexiconCheckCountsTheContextLists() throws {
    let scratch = try Workspace()
    let result = try scratch.run(["lexicon", "check"])
    #expect(result.status == 0)
    #expect(result.errors.contains(" context lists of "))
    #expect(result.errors.hasSuffix(", 0 problems\n"))
  }

  @Test func aLexiconFolderAddsARuleThatChangesADecision() throws {
    let scratch = try Workspace()
    try scratch.write(Data("It was a heroic effort.\n".utf8), to: "corpus/a.txt")
    let before = try scratch.run(["score", "corpus/a.txt", "--format", "jsonl"])
    #expect(before.status == 0 && before.output.contains("\"label\":\"unsupported\""))
    try scratch.write(Data("[next-two efforts] Efforts, whose praise is routine.\n= heroic\neffort\n".utf8), to: "mine/context/efforts.list")
    let after = try scratch.run(["score", "corpus/a.txt", "--format", "jsonl", "--lexicon", "mine"])
    #expect(after.status == 0)
    #expect(after.output.contains("\"label\":\"neutral\""))
    #expect(after.output.contains("not counted: \\\"heroic\\\" (plain sense with \\\"effort\\\", mine/context/efforts.list:3)"))
  }
}
