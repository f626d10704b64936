import Foundation
import Testing

@testable import SlantShell

@Suite struct LexiconInsertionTests {
  let unix = "# notes\n\n[hedge] Softeners.\nperhaps\n\n[booster] Certainty.\nclearly\n"

  @Test func insertsAfterTheLastEntryOfTheSection() {
    let (text, line) = LexiconInsertion.inserting("arguably", afterSectionStartingAt: 3, in: unix)
    #expect(text == "# notes\n\n[hedge] Softeners.\nperhaps\narguably\n\n[booster] Certainty.\nclearly\n")
    #expect(line == 5)
  }

  /// A file saved with Windows line ends keeps them, and the entry lands in the same place.
  @Test func keepsWindowsLineEnds() {
    let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
    let (text, line) = LexiconInsertion.inserting("arguably", afterSectionStartingAt: 3, in: windows)
    #expect(text == "# notes\r\n\r\n[hedge] Softeners.\r\nperhaps\r\narguably\r\n\r\n[booster] Certainty.\r\nclearly\r\n")
    #expect(line == 5)
  }
}
