import Foundation
import Testing

@testable import SlantCore

#if canImport(Glibc)
  import Glibc
#endif

/// A replacement renames a finished file over a regular file, and writes straight into what is
/// not one: renaming over `/dev/null` or a named pipe would replace the device itself.
@Suite struct DurableFileReplacementTests {
  @Test func aRegularFileIsReplacedWholeAndNothingIsLeftBeside() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/out.jsonl"
    try DurableFile.write(Array("old\n".utf8), to: path)
    let replacement = try DurableFile.Replacement(replacing: path)
    try replacement.write(Array("new\n".utf8))
    #expect(String(decoding: try DurableFile.read(path) ?? [], as: UTF8.self) == "old\n", "the previous version stays until commit")
    try replacement.commit()
    #expect(String(decoding: try DurableFile.read(path) ?? [], as: UTF8.self) == "new\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.jsonl"])
  }

  @Test func aNamedPipeIsWrittenIntoAndStaysAPipe() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/pipe"
    #expect(mkfifo(path, 0o600) == 0)
    // A reader open without blocking lets the writer open the pipe at once.
    let reader = open(path, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }
    let replacement = try DurableFile.Replacement(replacing: path)
    try replacement.write(Array("through the pipe\n".utf8))
    try replacement.commit()
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = read(reader, &buffer, buffer.count)
    #expect(count > 0 && String(decoding: buffer[0..<count], as: UTF8.self) == "through the pipe\n")
    var status = stat()
    #expect(stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "the pipe is still a pipe, not a file renamed over it")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pipe"], "no temporary file beside it")
  }
}
