import Foundation
import SlantCore
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Kills `slant shell` with SIGKILL in the middle of a review and checks that every suggestion
/// it confirmed as accepted is in the sidecars: saves are synchronous, before the next answer.
@Suite struct ShellKillTests {
  @Test func everyAcceptedSuggestionSurvivesSIGKILLInTheMiddleOfAReview() throws {
    let workspace = try Workspace()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: SlantProcess.executable)
    process.arguments = ["shell"]
    process.currentDirectoryURL = URL(fileURLWithPath: workspace.path)
    process.environment = ["SLANT_ANNOTATOR": "tester", "PATH": "/usr/bin:/bin", "NO_COLOR": "1"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    var reader = PipeReader(descriptor: output.fileHandleForReading.fileDescriptor)
    input.fileHandleForWriting.write(Data("review\n".utf8))
    var confirmed: [(document: String, sentence: Int)] = []
    for _ in 0..<6 {
      input.fileHandleForWriting.write(Data("a\n".utf8))
      let line = try reader.line(containing: "accepted ")
      let words = line.split(separator: " ")
      confirmed.append((String(words[3]), Int(words[5])!))
    }
    input.fileHandleForWriting.write(Data("a\na\na\n".utf8))
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(confirmed.count == 6)
    for (document, sentence) in confirmed {
      let path = "annotations/" + AnnotationStore.relativePath(for: DocumentID(path: document), fileExtension: "json")
      let sidecar = try SidecarFormat.decode(Array(try workspace.read(path)), path: path)
      #expect(
        sidecar.annotations.contains { $0.target.sentenceIndex == sentence && $0.origin.kind == "suggestion" && $0.annotator == "tester" },
        "\(document) sentence \(sentence) was confirmed but is not saved")
    }
  }
}

/// Reads lines from a pipe with a deadline, so that a stuck child fails the test instead of hanging it.
struct PipeReader {
  struct Timeout: Error, CustomStringConvertible {
    var seen: String
    var description: String { "timed out; output so far: \(seen.debugDescription)" }
  }

  let descriptor: Int32
  var pending: [UInt8] = []
  var seen = ""

  init(descriptor: Int32) { self.descriptor = descriptor }

  /// The next whole line that contains `text`, skipping the lines before it.
  mutating func line(containing text: String, timeout: Double = 10) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      while let newline = pending.firstIndex(of: 0x0A) {
        let line = String(decoding: pending[..<newline], as: UTF8.self)
        pending.removeSubrange(...newline)
        seen += line + "\n"
        if line.contains(text) { return line }
      }
      guard deadline.timeIntervalSinceNow > 0 else { throw Timeout(seen: seen) }
      var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&request, 1, 100) > 0 else { continue }
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { throw Timeout(seen: seen) }
      pending += chunk[..<count]
    }
  }
}
