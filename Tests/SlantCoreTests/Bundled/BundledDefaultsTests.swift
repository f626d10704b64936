import Foundation
import Testing

@testable import SlantCore

@Suite struct BundledDefaultsTests {
  static let repository: String = {
    let file = #filePath
    return String(file[..<file.range(of: "/Tests/SlantCoreTests/")!.lowerBound])
  }()
  static let howToFix = "the files built into slant differ from lexicons/ and seeds/: run Scripts/bundle-defaults.sh and rebuild"

  /// Every file under `folder` in the repository, hidden ones skipped, by repository path.
  static func repositoryFiles(under folder: String) throws -> [String: [UInt8]] {
    let root = repository + "/" + folder
    var files: [String: [UInt8]] = [:]
    for relative in try FileManager.default.subpathsOfDirectory(atPath: root) {
      guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue else { continue }
      files[folder + "/" + relative] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative)))
    }
    return files
  }

  @Test(arguments: [BundledDefaults.lexiconFolder, BundledDefaults.seedFolder])
  func matchesTheRepositoryFolder(folder: String) throws {
    let onDisk = try Self.repositoryFiles(under: folder)
    let bundled = Dictionary(uniqueKeysWithValues: BundledDefaults.files(under: folder).map { ($0.path, $0.bytes) })
    #expect(onDisk.isEmpty == false)
    let missing = onDisk.keys.filter { bundled[$0] == nil }.sorted()
    let extra = bundled.keys.filter { onDisk[$0] == nil }.sorted()
    let changed = onDisk.keys.filter { bundled[$0] != nil && bundled[$0] != onDisk[$0] }.sorted()
    #expect(missing.isEmpty, "not built in: \(missing.joined(separator: ", ")); \(Self.howToFix)")
    #expect(extra.isEmpty, "built in but gone: \(extra.joined(separator: ", ")); \(Self.howToFix)")
    #expect(changed.isEmpty, "changed since built in: \(changed.joined(separator: ", ")); \(Self.howToFix)")
  }

  @Test func bundledLexiconsLoadLikeTheFolder() {
    let fromFolder = LexiconLoader(workspace: Self.repository).load([Self.repository + "/lexicons"])
    let bundled = LexiconLoader().loadBundled()
    #expect(bundled.problems.isEmpty)
    #expect(bundled.lexicons.map(\.path) == fromFolder.lexicons.map(\.path))
    #expect(bundled.lexicons.map(\.entries.count) == fromFolder.lexicons.map(\.entries.count))
  }

  @Test func exportWritesEveryLexiconAndNeverOverwrites() throws {
    let folder = try TemporaryFolder()
    let written = try BundledDefaults.write("lexicons", to: folder.path + "/mine")
    #expect(written.count == BundledDefaults.files(under: "lexicons").count)
    #expect(try folder.bytes(of: "mine/loaded.txt") == Data(BundledDefaults.files.first { $0.path == "lexicons/loaded.txt" }!.bytes))
    try folder.write("again/loaded.txt", "# mine\n")
    #expect(throws: DurableFile.Failure.self) { try BundledDefaults.write("lexicons", to: folder.path + "/again") }
    #expect(try folder.bytes(of: "again/loaded.txt") == Data("# mine\n".utf8))
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/again/hedges.txt"))
  }
}
