import Dispatch
import Foundation
import Testing

@testable import SlantCore

/// The lock around a read-modify-write keeps every update and leaves no lock file behind.
@Suite struct DurableFileLockTests {
  @Test func concurrentIncrementsAreAllKeptAndNoLockFileIsLeft() throws {
    let folder = try TemporaryFolder()
    let counter = folder.path + "/counter.json"
    try DurableFile.write(Array("0".utf8), to: counter)
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      for _ in 0..<40 {
        try? DurableFile.withExclusiveLock(on: counter) {
          let value = Int(String(decoding: try DurableFile.read(counter) ?? [], as: UTF8.self)) ?? -1000
          try DurableFile.write(Array("\(value + 1)".utf8), to: counter)
        }
      }
    }
    #expect(String(decoding: try DurableFile.read(counter) ?? [], as: UTF8.self) == "320")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["counter.json"])
  }
}
