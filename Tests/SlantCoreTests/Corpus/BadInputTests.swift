import Foundation
import Testing
import SlantCore

/// Every kind of bad input gets a sensible result or a one-line error naming the file.
@Suite struct BadInputTests {
  func load(_ name: String, bytes: [UInt8], isEncodingStrict: Bool = false) throws -> (documents: [Document], problems: [CorpusError], path: String) {
    let folder = try TemporaryFolder()
    let path = try folder.write(name, bytes: bytes)
    var loader = CorpusLoader(workspace: folder.path)
    loader.isEncodingStrict = isEncodingStrict
    let loaded = loader.load([path])
    return (loaded.documents, loaded.problems, path)
  }

  @Test func invalidUTF8IsRefusedWithTheByteOffsetWhenEncodingIsStrict() throws {
    let result = try load("latin1.txt", bytes: Array("Caf".utf8) + [0xE9] + Array(" au lait.".utf8), isEncodingStrict: true)
    #expect(result.documents.isEmpty)
    #expect(result.problems.map(\.description) == ["\(result.path): not valid UTF-8 at byte 3; convert it to UTF-8 (e.g. iconv -f windows-1252 -t utf-8)"])
  }

  @Test(arguments: [
    [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80], [0x80], [0xF8],
  ] as [[UInt8]])
  func overlongSurrogateAndTruncatedSequencesAreInvalid(sequence: [UInt8]) throws {
    let bytes = Array("ok ".utf8) + sequence
    #expect(bytes.withUnsafeBufferPointer(TextFileReader.firstInvalidUTF8) == 3)
  }

  @Test func validMultibyteTextPasses() {
    let bytes = Array("Zürich “quoted” — 😀".utf8)
    #expect(bytes.withUnsafeBufferPointer(TextFileReader.firstInvalidUTF8) == nil)
  }

  @Test func nulBytesMarkABinaryFile() throws {
    let result = try load("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
    #expect(result.problems.map(\.description) == ["\(result.path): looks binary (NUL byte at byte 4); skipped"])
  }

  @Test func bomIsKeptInTheTextButNotInTheBody() throws {
    let result = try load("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("First. Second.".utf8))
    let document = try #require(result.documents.first)
    #expect(document.bodyUTF8Range.lowerBound == 3)
    let sentences = SentenceSegmenter().sentences(in: document.text, range: document.bodyUTF8Range)
    #expect(sentences.map { String(document.text(of: $0.utf8Range)) } == ["First.", "Second."])
    #expect(ScalarOffsets(document.text).scalarOffset(utf8: sentences[0].utf8Range.lowerBound) == 1)
  }

  @Test(arguments: ["\r\n", "\r"])
  func crlfAndLoneCRLineEndsSeparateParagraphs(lineEnd: String) throws {
    let text = "Headline here" + lineEnd + lineEnd + "First line" + lineEnd + "continues here. Next."
    let result = try load("crlf.txt", bytes: Array(text.utf8))
    let document = try #require(result.documents.first)
    let sentences = SentenceSegmenter().sentences(in: document.text)
    #expect(sentences.map { String(document.text(of: $0.utf8Range)) } == ["Headline here", "First line" + lineEnd + "continues here.", "Next."])
  }

  @Test func emptyFileIsADocumentWithNoSentences() throws {
    let result = try load("empty.txt", bytes: [])
    #expect(result.problems.isEmpty)
    let document = try #require(result.documents.first)
    #expect(SentenceSegmenter().sentences(in: document.text, range: document.bodyUTF8Range).isEmpty)
  }

  @Test func missingPathIsReported() {
    let loaded = CorpusLoader().load(["no/such/file.txt"])
    #expect(loaded.problems.map(\.description) == ["no/such/file.txt: no such file or directory"])
  }

  @Test func unreadableFileIsReportedAndTheRestIsRead() throws {
    guard getuid() != 0 else { return }  // root reads everything; the permission case needs a normal user
    let folder = try TemporaryFolder()
    let locked = try folder.write("a.txt", "Locked.")
    try folder.write("b.txt", "Open.")
    chmod(locked, 0)
    let loaded = CorpusLoader(workspace: folder.path).load([folder.path])
    #expect(loaded.problems.map(\.description) == ["\(locked): cannot read: Permission denied"])
    #expect(loaded.documents.map(\.id.path) == ["b.txt"])
  }

  @Test func directoryReadAsAFileIsUnreadable() throws {
    let folder = try TemporaryFolder()
    #expect(throws: CorpusError.unreadable(path: folder.path, reason: "is a directory")) {
      try TextFileReader.bytes(atPath: folder.path)
    }
  }

  @Test func fileOverTheSizeLimitIsRefused() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("big.txt", String(repeating: "Word. ", count: 100))
    #expect(throws: CorpusError.tooLarge(path: path, bytes: 600, limit: 500)) {
      try TextFileReader.bytes(atPath: path, limit: 500)
    }
    #expect(CorpusError.tooLarge(path: path, bytes: 600, limit: 500).description == "\(path): 600 bytes is over the 500-byte limit for one document")
  }

  @Test func unsupportedFileNamedDirectlyIsReported() throws {
    let result = try load("notes.rtf", bytes: Array("x".utf8))
    #expect(result.problems.map(\.description) == ["\(result.path): not a corpus file (expected .txt, .md, .html, .htm, .jsonl or .csv)"])
  }

  @Test func badFilesInAFolderAreReportedAndTheOthersRead() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", "Fine.")
    try folder.write("b.txt", bytes: [0xFF, 0xFE, 0x41])
    try folder.write("c.txt", "Also fine.")
    let loaded = CorpusLoader(workspace: folder.path).load([folder.path])
    #expect(loaded.documents.map(\.id.path) == ["a.txt", "c.txt"])
    #expect(loaded.problems.count == 1)
  }

  @Test func thousandsOfFilesAreAllRead() throws {
    let folder = try TemporaryFolder()
    for index in 0..<3000 { try folder.write(String(format: "f%05d.txt", index), "Sentence \(index).") }
    let listing = CorpusLoader(workspace: folder.path).list([folder.path])
    #expect(listing.files.count == 3000)
    #expect(listing.files.first.map { PathName.lastComponent($0.path) } == "f00000.txt")
    #expect(listing.files.last.map { PathName.lastComponent($0.path) } == "f02999.txt")
  }

  @Test func symlinkLoopsAreWalkedOnce() throws {
    let folder = try TemporaryFolder()
    try folder.write("sub/a.txt", "Text.")
    symlink(folder.path, folder.path + "/sub/loop")
    let listing = CorpusLoader(workspace: folder.path).list([folder.path])
    #expect(listing.files.count == 1)
  }
}
