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
}
