import Foundation
import SlantCore

/// A throwaway workspace holding copies of the seeds, the lexicons and the labels file, so that end-to-end
/// tests can annotate, edit texts and break sidecars without touching the repository.
final class Workspace {
  let path: String
  static let seed = "seeds/000_fd96b963aaaca4c1.txt"
  static let sidecar = "annotations/seeds/000_fd96b963aaaca4c1.json"

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("slant-ws-\(UUID().uuidString)").path
    let manager = FileManager.default
    try manager.createDirectory(atPath: path + "/annotations", withIntermediateDirectories: true)
    try manager.copyItem(atPath: SlantProcess.repository + "/seeds", toPath: path + "/seeds")
    try manager.copyItem(atPath: SlantProcess.repository + "/annotations/labels.txt", toPath: path + "/annotations/labels.txt")
    try manager.copyItem(atPath: SlantProcess.repository + "/lexicons", toPath: path + "/lexicons")
  }

  /// Runs `slant shell` in the workspace as `annotator`, with `lines` piped to it.
  func shell(_ lines: [String], annotator: String = "tester", arguments: [String] = []) throws -> SlantProcess.Result {
    try SlantProcess.run(["shell"] + arguments, in: path, input: lines.map { $0 + "\n" }.joined(), environment: ["SLANT_ANNOTATOR": annotator, "COLUMNS": "80"])
  }

  /// The sidecar of the first seed as saved, or nil when there is none.
  func firstSidecar() throws -> Sidecar? {
    guard FileManager.default.fileExists(atPath: path + "/" + Self.sidecar) else { return nil }
    return try SidecarFormat.decode(Array(try read(Self.sidecar)), path: Self.sidecar)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// Runs `slant` in the workspace as the annotator `tester`.
  func run(_ arguments: [String]) throws -> SlantProcess.Result {
    try SlantProcess.run(arguments, in: path, environment: ["SLANT_ANNOTATOR": "tester"])
  }

  func read(_ name: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path + "/" + name)) }

  /// Writes `data` to `name` in the workspace, making its folders as needed.
  func write(_ data: Data, to name: String) throws {
    let file = URL(fileURLWithPath: path + "/" + name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
  }
}
