import Foundation
import SlantCore
import Testing

/// Every command splits sentences with the workspace's `lexicons/abbreviations.list`, so that an
/// abbreviation a person adds there changes `slant sentences`, scoring and annotation alike.
@Suite struct SegmenterLexiconCommandTests {
  static let article = "The inquiry was led by Insp. Rahman of the city police. He said the report was late.\n"

  /// Adds `Insp` to the never-ends section of the workspace's abbreviations list.
  static func addAbbreviation(in workspace: Workspace) throws {
    let list = String(decoding: try workspace.read("lexicons/abbreviations.list"), as: UTF8.self)
    let edited = list.replacingOccurrences(of: "[never-ends]\n", with: "[never-ends]\nInsp\n")
    #expect(edited != list)
    try workspace.write(Data(edited.utf8), to: "lexicons/abbreviations.list")
  }

  static func sentenceOffsets(_ workspace: Workspace) throws -> [String] {
    let result = try workspace.run(["sentences", "corpus/a.txt", "--format", "tsv"])
    #expect(result.status == 0)
    return result.output.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false)[4...5].joined(separator: "-") }
  }

  static func scoredOffsets(_ workspace: Workspace, _ extra: [String] = []) throws -> [String] {
    let result = try workspace.run(["score", "corpus/a.txt", "--format", "jsonl"] + extra)
    #expect(result.status == 0)
    return try result.output.split(separator: "\n").map { line in
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return "\(object["start"] as? Int ?? -1)-\(object["end"] as? Int ?? -1)"
    }
  }

  @Test func anAddedAbbreviationChangesSentencesAndScoresAlike() throws {
    let workspace = try Workspace()
    try workspace.write(Data(Self.article.utf8), to: "corpus/a.txt")
    #expect(try Self.sentenceOffsets(workspace) == ["0-28", "29-55", "56-84"])
    #expect(try Self.scoredOffsets(workspace) == ["0-28", "29-55", "56-84"])
    try Self.addAbbreviation(in: workspace)
    #expect(try Self.sentenceOffsets(workspace) == ["0-55", "56-84"])
    #expect(try Self.scoredOffsets(workspace) == ["0-55", "56-84"])
  }

  @Test func lexiconsOptionNamesTheFolderTheListComesFrom() throws {
    let workspace = try Workspace()
    try workspace.write(Data(Self.article.utf8), to: "corpus/a.txt")
    try Self.addAbbreviation(in: workspace)
    try FileManager.default.copyItem(atPath: SlantProcess.repository + "/lexicons", toPath: workspace.path + "/plain")
    #expect(try Self.scoredOffsets(workspace, ["--lexicons", "plain"]) == ["0-28", "29-55", "56-84"])
    let sentences = try workspace.run(["sentences", "corpus/a.txt", "--format", "tsv", "--lexicons", "plain"])
    #expect(sentences.output.split(separator: "\n").count == 4)
  }

  @Test func annotatingCountsSentencesAsScoringDoes() throws {
    let workspace = try Workspace()
    try workspace.write(Data(Self.article.utf8), to: "corpus/a.txt")
    try Self.addAbbreviation(in: workspace)
    let result = try workspace.run(["annotate", "corpus/a.txt", "--sentence", "1", "--label", "neutral"])
    #expect(result.status == 0)
    let sidecar = try SidecarFormat.decode(Array(try workspace.read("annotations/corpus/a.json")), path: "a.json")
    let position = try #require(sidecar.annotations.first?.target.position)
    #expect(position.scalarStart == 56 && position.scalarEnd == 84)
  }

  @Test func aMalformedListIsAnErrorNamingItsLine() throws {
    let workspace = try Workspace()
    try workspace.write(Data(Self.article.utf8), to: "corpus/a.txt")
    try workspace.write(Data("Insp\n".utf8), to: "lexicons/abbreviations.list")
    let result = try workspace.run(["sentences", "corpus/a.txt"])
    #expect(result.status == 1)
    #expect(result.errors == "slant: lexicons/abbreviations.list:1: word \"Insp\" before any [section]\n")
  }
}
