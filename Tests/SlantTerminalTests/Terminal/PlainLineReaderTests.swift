import Foundation
import SlantTerminal
import Testing

@Suite struct PlainLineReaderTests {
  @Test func readsLinesWithAnyLineEndAndAnUnendedLastLine() throws {
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data("one\r\n\ntwo “words”\nlast".utf8) + Data([0x0A, 0xE9]))
    try pipe.fileHandleForWriting.close()
    var reader = PlainLineReader(input: pipe.fileHandleForReading.fileDescriptor)
    var lines: [String] = []
    while let line = reader.nextLine() { lines.append(line) }
    #expect(lines == ["one", "", "two “words”", "last", "\u{FFFD}"])
  }
}
