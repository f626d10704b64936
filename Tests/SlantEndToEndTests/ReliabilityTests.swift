import Foundation
import SlantCore
import Testing

/// Issue 18: nothing lost, nothing written where it should not be, and messages that say what
/// happened. Each test runs the built `slant` as a user would.
@Suite struct ReliabilityTests {
  let workspace: Workspace

  init() throws { workspace = try Workspace() }

  @Test func aSidecarWithADuplicatedKeyIsCorruptAndNeverRewritten() throws {
    _ = try workspace.run(["annotate", Workspace.seed, "--sentence", "1", "--label", "hedged"])
    let saved = String(decoding: try workspace.read(Workspace.sidecar), as: UTF8.self)
    let doubled = saved.replacingOccurrences(of: "{\n  \"annotations\" : [", with: "{\n  \"annotations\" : [],\n  \"annotations\" : [")
    try #require(doubled != saved)
    try workspace.write(Data(doubled.utf8), to: Workspace.sidecar)
    let verify = try workspace.run(["verify"])
    #expect(verify.status == 1)
    #expect(verify.output.contains("\(Workspace.sidecar):3:3: duplicate key \"annotations\"; the file was left as it is, fix it by hand"))
    let annotate = try workspace.run(["annotate", Workspace.seed, "--sentence", "2", "--label", "neutral"])
    #expect(annotate.status == 1)
    #expect(annotate.errors == "slant: \(Workspace.sidecar):3:3: duplicate key \"annotations\"; the file was left as it is, fix it by hand\n")
    #expect(String(decoding: try workspace.read(Workspace.sidecar), as: UTF8.self) == doubled)
  }

  @Test func anotherToolsFieldsSurviveSlantAnnotateAndMeta() throws {
    _ = try workspace.run(["annotate", Workspace.seed, "--sentence", "1", "--label", "hedged"])
    var object = try #require(try JSONSerialization.jsonObject(with: workspace.read(Workspace.sidecar)) as? [String: Any])
    object["reviewedBy"] = ["tool": "checker", "round": 2]
    var annotations = try #require(object["annotations"] as? [[String: Any]])
    annotations[0]["confidence"] = 0.5
    object["annotations"] = annotations
    try workspace.write(try JSONSerialization.data(withJSONObject: object), to: Workspace.sidecar)
    #expect(try workspace.run(["annotate", Workspace.seed, "--sentence", "2", "--label", "neutral"]).status == 0)
    #expect(try workspace.run(["meta", Workspace.seed, "--title", "Talks"]).status == 0)
    let saved = String(decoding: try workspace.read(Workspace.sidecar), as: UTF8.self)
    #expect(saved.contains("\"reviewedBy\" : {\n    \"round\" : 2,\n    \"tool\" : \"checker\"\n  }"))
    #expect(saved.contains("\"confidence\" : 0.5"))
    #expect(saved.contains("\"title\" : \"Talks\""))
  }

  @Test func aBatchWhoseEveryInputWasBadExitsTwoAsTheREADMESays() throws {
    let result = try workspace.run(["score", "no-such-folder"])
    #expect(result.status == 2)
    #expect(result.errors.hasPrefix("slant: no-such-folder: no such file or directory\nslant: no documents read from no-such-folder (articles are .txt, .md, .html, .htm, .jsonl or .csv files)\nslant: 0 documents, 0 sentences, 1 skipped, "))
  }

  @Test func annotatingAnEmptyArticleSaysItHasNoSentences() throws {
    try workspace.write(Data(), to: "corpus/empty.txt")
    let result = try workspace.run(["annotate", "corpus/empty.txt", "--sentence", "0", "--label", "neutral"])
    #expect(result.status == 64)
    #expect(result.errors == "slant: annotate: corpus/empty.txt has no sentences (its text is empty), so there is no sentence 0\n")
  }
}

/// Outputs on a full disk: the previous file stays as it was, no temporary file is left, the
/// message names the file and the system's reason, and the exit status is 1.
@Suite(.serialized, .enabled(if: SmallDisk.isAvailable, "mounting a tmpfs is not allowed here"))
struct FullDiskTests {
  let workspace: Workspace
  let disk: SmallDisk

  init() throws {
    workspace = try Workspace()
    disk = try SmallDisk(kilobytes: 256)
  }

  static let previous = Data("the previous output\n".utf8)

  @Test(arguments: [
    ["score", "seeds", "--format", "csv", "--output"],
    ["score", "seeds", "--format", "jsonl", "--output"],
    ["export", "--all-sentences", "--output"],
    ["report", "seeds", "--html"],
  ])
  func anOutputThatCannotBeWrittenLeavesThePreviousFile(command: [String]) throws {
    let output = disk.path + "/out"
    try Self.previous.write(to: URL(fileURLWithPath: output))
    disk.fill()
    let result = try workspace.run(command + [output])
    #expect(result.status == 1)
    #expect(result.errors.hasSuffix("slant: \(output): cannot write: No space left on device; any previous file there was left as it was\n"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == Self.previous)
    #expect(disk.contents() == ["out"])
  }

  @Test func aBratExportThatCannotBeWrittenLeavesNoFolderTree() throws {
    #expect(try workspace.run(["annotate", Workspace.seed, "--sentence", "1", "--label", "hedged"]).status == 0)
    disk.fill()
    let result = try workspace.run(["export", "--format", "brat", "--output", disk.path + "/brat/out"])
    #expect(result.status == 1)
    #expect(result.errors.contains(": No space left on device; any previous file there was left as it was\n"))
    #expect(disk.contents() == [])
  }

  @Test func aBratExportIntoAFolderWithAPreviousExportKeepsItWhole() throws {
    #expect(try workspace.run(["annotate", Workspace.seed, "--sentence", "1", "--label", "hedged"]).status == 0)
    #expect(try workspace.run(["export", "--format", "brat", "--output", disk.path + "/brat"]).status == 0)
    let before = disk.contents()
    let annotations = try Data(contentsOf: URL(fileURLWithPath: disk.path + "/brat/seeds/000_fd96b963aaaca4c1.ann"))
    #expect(before.contains("brat/annotation.conf"))
    #expect(try workspace.run(["annotate", Workspace.seed, "--sentence", "2", "--label", "neutral"]).status == 0)
    disk.fill()
    let result = try workspace.run(["export", "--format", "brat", "--output", disk.path + "/brat"])
    #expect(result.status == 1)
    #expect(disk.contents() == before)
    #expect(try Data(contentsOf: URL(fileURLWithPath: disk.path + "/brat/seeds/000_fd96b963aaaca4c1.ann")) == annotations)
  }

  @Test func lexiconAddOnAFullDiskLeavesTheLexiconAsItWas() throws {
    let lexicon = disk.path + "/mine.txt"
    let original = Data("[loaded.mine] Words of our own.\nbrutal\n".utf8)
    try original.write(to: URL(fileURLWithPath: lexicon))
    disk.fill()
    let result = try workspace.shell(["lexicon add loaded.mine \"wholly shameful\""], arguments: ["seeds", "--lexicon", lexicon])
    #expect(result.errors.contains("\(lexicon): cannot write the lexicon: No space left on device; any file there was left as it was"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: lexicon)) == original)
    #expect(disk.contents() == ["mine.txt"])
  }
}

/// Links that lead out of where Slant was told to read or write.
@Suite struct LinkTests {
  let workspace: Workspace

  init() throws { workspace = try Workspace() }

  @Test func aFolderLinkOutOfTheCorpusIsNotFollowedAndSaidOnce() throws {
    try workspace.write(Data("The talks were brutal.".utf8), to: "corpus/wire/a.txt")
    try workspace.write(Data("Inside again.".utf8), to: "corpus/inner/b.txt")
    try FileManager.default.createSymbolicLink(atPath: workspace.path + "/corpus/lexicons", withDestinationPath: "../lexicons")
    try FileManager.default.createSymbolicLink(atPath: workspace.path + "/corpus/also-inner", withDestinationPath: "inner")
    let result = try workspace.run(["score", "corpus", "--format", "csv"])
    #expect(result.status == 0)
    let resolved = PathName.resolvingAllLinks(workspace.path + "/lexicons")
    #expect(result.errors.hasPrefix("slant: corpus/lexicons: a link to \(resolved), outside the folder being read; not followed\nslant: 2 documents, "))
    let documents = Set(try CSVReader().rows(in: result.output).dropFirst().map { $0.fields[0] })
    // A link inside the corpus is followed; the folder it names is read once, by its first path.
    #expect(documents == ["corpus/also-inner/b.txt", "corpus/wire/a.txt"])
  }

  @Test func aDanglingSidecarLinkOutOfTheWorkspaceIsRefusedAndNothingIsCreatedThere() throws {
    let outside = workspace.path + "-outside"
    defer { try? FileManager.default.removeItem(atPath: outside) }
    try FileManager.default.createDirectory(atPath: workspace.path + "/annotations/seeds", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: workspace.path + "/" + Workspace.sidecar, withDestinationPath: outside + "/stolen.json")
    let result = try workspace.run(["annotate", Workspace.seed, "--sentence", "1", "--label", "hedged"])
    #expect(result.status == 1)
    #expect(
      result.errors
        == "slant: \(Workspace.sidecar): a link to \(PathName.resolvingAllLinks(outside))/stolen.json, outside the annotations folder annotations; Slant reads and writes sidecars only inside it, so it was left alone: put the file itself there\n"
    )
    #expect(!FileManager.default.fileExists(atPath: outside))
  }
}
