import Foundation
import SlantCore
import Testing

@Suite struct DurabilityTests {
  let workspace: Workspace
  init() throws { workspace = try Workspace() }

  func sidecar() throws -> Sidecar? {
    let path = workspace.path + "/" + Workspace.sidecar
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    return try SidecarFormat.decode(Array(try workspace.read(Workspace.sidecar)), path: Workspace.sidecar)
  }

  func annotateProcess(sentence: Int) -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: SlantProcess.executable)
    process.arguments = ["annotate", Workspace.seed, "--sentence", "\(sentence)", "--label", "loaded"]
    process.currentDirectoryURL = URL(fileURLWithPath: workspace.path)
    process.environment = ["SLANT_ANNOTATOR": "tester", "PATH": "/usr/bin:/bin"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    return process
  }

  @Test func killingASaverAtRandomInstantsLeavesTheOldOrTheNewSidecarWhole() throws {
    let timing = annotateProcess(sentence: 0)
    let started = Date()
    try timing.run()
    timing.waitUntilExit()
    let runTime = Date().timeIntervalSince(started)
    var completed = 0, interrupted = 0
    for round in 0..<40 {
      let before = try sidecar()
      let process = annotateProcess(sentence: round % 10)
      try process.run()
      usleep(UInt32(Double.random(in: 0...runTime * 1.2) * 1_000_000))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let after = try #require(try sidecar(), "round \(round): the sidecar must parse")
      let oldIDs = Set(before?.annotations.map(\.id) ?? [])
      let newIDs = Set(after.annotations.map(\.id))
      #expect(newIDs.isSuperset(of: oldIDs), "round \(round): annotations were lost")
      #expect(newIDs.count - oldIDs.count <= 1, "round \(round)")
      if newIDs.count > oldIDs.count { completed += 1 } else { interrupted += 1 }
    }
    let folder = workspace.path + "/annotations/seeds"
    #expect(try sidecar() != nil)
    let result = try workspace.run(["annotate", Workspace.seed, "--sentence", "0", "--label", "neutral"])
    #expect(result.status == 0)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
    print("kill -9 rounds: \(completed) saved, \(interrupted) interrupted (run time \(Int(runTime * 1000)) ms)")
  }

  @Test func twoConcurrentWritersKeepEveryAnnotation() throws {
    let writers = ["loaded", "hedged"].map { label in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = [
        "-c", "for i in 0 1 2 3 4 5 6 7 8 9 10 11; do \"$0\" annotate \(Workspace.seed) --sentence $i --label \(label) || exit 1; done",
        SlantProcess.executable,
      ]
      process.currentDirectoryURL = URL(fileURLWithPath: workspace.path)
      process.environment = ["SLANT_ANNOTATOR": label == "loaded" ? "ann" : "bob"]
      process.standardOutput = FileHandle.nullDevice
      return process
    }
    for writer in writers { try writer.run() }
    for writer in writers {
      writer.waitUntilExit()
      #expect(writer.terminationStatus == 0)
    }
    let annotations = try #require(try sidecar()).annotations
    #expect(annotations.count == 24)
    #expect(annotations.filter { $0.annotator == "ann" }.count == 12)
    #expect(annotations.filter { $0.annotator == "bob" }.count == 12)
  }
}
