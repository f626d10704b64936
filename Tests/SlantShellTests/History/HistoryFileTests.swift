import Foundation
import SlantShell
import SlantTerminal
import SlantTestSupport
import Testing

@Suite struct HistoryFileTests {
  let scratch: ScratchFolder
  var workspace: String { scratch.path }

  init() throws { scratch = try ScratchFolder("slant-history") }

  @Test func livesInTheWorkspaceAndStartsEmpty() throws {
    let file = HistoryFile(workspace: workspace)
    #expect(file.path == workspace + "/.slant/history")
    #expect(try file.load().entries == [])
  }

  @Test func appendsOneEntryPerLineCreatingTheFolder() throws {
    let file = HistoryFile(workspace: workspace)
    for line in ["open 2", "open 2", "label 3 “loaded”", " "] { try file.append(line) }
    #expect(try String(contentsOfFile: file.path, encoding: .utf8) == "open 2\nlabel 3 “loaded”\n")
    #expect(try file.load().entries == ["open 2", "label 3 “loaded”"])
  }

  @Test func twoEditorsSavingToOneFileKeepBothTheirLines() throws {
    let first = HistoryFile(workspace: workspace), second = HistoryFile(workspace: workspace)
    try first.append("from first")
    try second.append("from second")
    try first.append("first again")
    #expect(try first.load().entries == ["from first", "from second", "first again"])
  }

  @Test func keepsOnlyTheNewestEntries() throws {
    let file = HistoryFile(path: workspace + "/history", limit: 3)
    for number in 1...5 { try file.append("goto \(number)") }
    #expect(try file.load().entries == ["goto 3", "goto 4", "goto 5"])
  }

  @Test func readsABadByteAsAReplacementAndCarriageReturnsAway() throws {
    let path = workspace + "/history"
    try Data([0x6E, 0x65, 0x78, 0x74, 0x0D, 0x0A, 0x6E, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: path))
    #expect(try HistoryFile(path: path).load().entries == ["next", "n\u{FFFD}"])
  }

  @Test func failuresNameTheFileAndSayWhatToDo() throws {
    let folderAsFile = workspace + "/history"
    try FileManager.default.createDirectory(atPath: folderAsFile, withIntermediateDirectories: true)
    #expect(throws: HistoryError.unreadable(path: folderAsFile, reason: "is a directory")) { try HistoryFile(path: folderAsFile).load() }
    let blocked = workspace + "/blocked"
    try Data().write(to: URL(fileURLWithPath: blocked))
    let error = #expect(throws: HistoryError.self) { try HistoryFile(workspace: blocked).append("x") }
    #expect(error?.description == "\(blocked)/.slant/history: cannot save history (Not a directory); check the folder's permissions")
  }
}
