import Foundation
import SlantCore
import Testing

/// Documents in the encodings people have: UTF-16 with a byte-order mark or without one (told
/// by its zero bytes, or refused in one line), and files that are not UTF-8 read as Windows-1252. Offsets count code points of the decoded text.
@Suite struct TextEncodingTests {
  func load(_ name: String, bytes: [UInt8], isEncodingStrict: Bool = false) throws -> (documents: [Document], problems: [CorpusError]) {
    let folder = try TemporaryFolder()
    var loader = CorpusLoader(workspace: folder.path)
    loader.isEncodingStrict = isEncodingStrict
    let loaded = loader.load([try folder.write(name, bytes: bytes)])
    return (loaded.documents, loaded.problems)
  }

  /// The sentences of `document` as code-point ranges, as every output gives them.
  func sentenceScalarRanges(_ document: Document) -> [Range<Int>] {
    let offsets = ScalarOffsets(document.text)
    return SentenceSegmenter().sentences(in: document.text, range: document.bodyUTF8Range).map { offsets.scalarRange(utf8: $0.utf8Range) }
  }

  /// The marked ranges of `sample` as code-point ranges.
  func scalarRanges(_ sample: MarkedText) -> [Range<Int>] {
    let offsets = ScalarOffsets(sample.text)
    return sample.ranges.map { offsets.scalarRange(utf8: $0) }
  }

  @Test(arguments: [true, false])
  func utf16WithAByteOrderMarkIsRead(isLittleEndian: Bool) throws {
    let sample = MarkedText("\u{FEFF}⟦The “talks” failed.⟧ ⟦Zürich 😀 said so.⟧\n")
    let units = Array(sample.text.utf16)
    let bytes = units.flatMap { isLittleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    let result = try load("a.txt", bytes: bytes)
    #expect(result.problems.isEmpty)
    let document = try #require(result.documents.first)
    #expect(document.text == sample.text)
    #expect(document.source == TextSource(encoding: isLittleEndian ? .utf16LittleEndian : .utf16BigEndian))
    #expect(sentenceScalarRanges(document) == [1..<20, 21..<38])
    #expect(sentenceScalarRanges(document) == scalarRanges(sample))
  }

  @Test func brokenUTF16IsRefusedWithItsByte() throws {
    let result = try load("a.txt", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00])
    #expect(result.documents.isEmpty)
    #expect(result.problems.map(\.description).first?.hasSuffix("a.txt: not valid UTF-16 at byte 4 (an unpaired surrogate or an odd length)") == true)
  }

  /// `text` as UTF-16 code units in either byte order, with no byte-order mark.
  static func utf16(_ text: String, isLittleEndian: Bool) -> [UInt8] {
    Array(text.utf16).flatMap { isLittleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
  }

  @Test(arguments: [true, false])
  func utf16WithoutAByteOrderMarkIsToldByItsZeroBytes(isLittleEndian: Bool) throws {
    let sample = MarkedText("⟦The “talks” failed.⟧ ⟦Zürich 😀 said so.⟧\n")
    let result = try load("a.txt", bytes: Self.utf16(sample.text, isLittleEndian: isLittleEndian))
    #expect(result.problems.isEmpty)
    let document = try #require(result.documents.first)
    #expect(document.text == sample.text)
    #expect(document.source == TextSource(encoding: isLittleEndian ? .utf16LittleEndian : .utf16BigEndian))
    #expect(sentenceScalarRanges(document) == scalarRanges(sample))
  }

  /// Text mostly outside ASCII has zero bytes only in its spaces and punctuation: still one side.
  @Test(arguments: [true, false])
  func utf16InAnotherScriptIsToldToo(isLittleEndian: Bool) throws {
    let text = "Переговоры в Женеве провалились, сказал министр.\n"
    let document = try #require(try load("r.txt", bytes: Self.utf16(text, isLittleEndian: isLittleEndian)).documents.first)
    #expect(document.text == text)
  }

  @Test func utf16JSONLinesWithoutAByteOrderMarkAreRead() throws {
    let line = #"{"id": "x", "text": "Zürich talks."}"# + "\n"
    let document = try #require(try load("a.jsonl", bytes: Self.utf16(line, isLittleEndian: true)).documents.first)
    #expect(document.text == "Zürich talks.")
    #expect(document.source.encoding == .utf16LittleEndian)
  }

  @Test(arguments: [
    // One zero byte tells no byte order ("A" is U+0041 or U+4100): binary, as before.
    ([0x41, 0x00, 0x42], "a.txt: looks binary (NUL byte at byte 1); skipped"),
    (utf16("Talks failed.", isLittleEndian: true) + [0x00, 0xD8] + utf16(" Then more.", isLittleEndian: true),
     "a.txt: looks like UTF-16 without a byte-order mark, but read as UTF-16LE it is not valid at byte 26 (an unpaired surrogate or an odd length); convert it to UTF-8 or save it with a byte-order mark"),
    (utf16("Talks failed.", isLittleEndian: false) + [0x00],
     "a.txt: looks like UTF-16 without a byte-order mark, but read as UTF-16BE it is not valid at byte 26 (an unpaired surrogate or an odd length); convert it to UTF-8 or save it with a byte-order mark"),
    (utf16("The talks", isLittleEndian: true) + [0x00, 0x00] + utf16(" failed in Geneva on Monday, officials said.", isLittleEndian: true),
     "a.txt: looks like UTF-16 without a byte-order mark, but read as UTF-16LE it has a NUL character at byte 18; convert it to UTF-8 or save it with a byte-order mark"),
    // Zero bytes on both sides, as in a PNG header: binary, as before.
    ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00],
     "a.txt: looks binary (NUL byte at byte 8); skipped"),
  ] as [([UInt8], String)])
  func utf16ThatCannotBeToldIsRefusedInOneLine(bytes: [UInt8], expected: String) throws {
    let result = try load("a.txt", bytes: bytes)
    #expect(result.documents.isEmpty)
    #expect(result.problems.count == 1)
    #expect(result.problems.first.map { String($0.description.suffix(expected.count)) } == expected)
  }

  @Test func windows1252IsReadWithTheFirstBadByteRecorded() throws {
    let sample = MarkedText("⟦It cost £5 – a “bargain”.⟧ ⟦Really.⟧\n")
    let bytes = Array(sample.text.unicodeScalars).map { scalar -> UInt8 in
      switch scalar {
      case "–": 0x96
      case "“": 0x93
      case "”": 0x94
      default: UInt8(scalar.value)
      }
    }
    let result = try load("w.txt", bytes: bytes)
    #expect(result.problems.isEmpty)
    let document = try #require(result.documents.first)
    #expect(document.text == sample.text)
    #expect(document.source == TextSource(encoding: .windows1252, firstNonUTF8Byte: 8))
    #expect(sentenceScalarRanges(document) == [0..<25, 26..<33])
    #expect(sentenceScalarRanges(document) == scalarRanges(sample))
  }

  @Test func aUTF8FileWithOneStrayByteKeepsItsOtherCharacters() throws {
    let bytes = Array("“Café” at ".utf8) + [0xA3] + Array("3.".utf8)
    let document = try #require(try load("mixed.txt", bytes: bytes).documents.first)
    #expect(document.text == "“Café” at £3.")
    #expect(document.source.firstNonUTF8Byte == 15)
  }

  @Test func strictEncodingRefusesWhatWindows1252WouldRead() throws {
    let result = try load("w.txt", bytes: Array("Caf".utf8) + [0xE9], isEncodingStrict: true)
    #expect(result.documents.isEmpty)
    #expect(result.problems.map(\.description).first?.hasSuffix("w.txt: not valid UTF-8 at byte 3; convert it to UTF-8 (e.g. iconv -f windows-1252 -t utf-8)") == true)
  }

  @Test func undefinedWindows1252BytesBecomeTheirControlCharacters() {
    let decoded = [0x80, 0x81, 0x9F, 0xFF].map { Windows1252.scalar(UInt8($0)) }
    #expect(decoded == ["\u{20AC}", "\u{81}", "\u{178}", "\u{FF}"])
  }

  @Test func jsonLinesInWindows1252AreRead() throws {
    let bytes = Array(#"{"id": "a", "text": "Price: "#.utf8) + [0xA3] + Array(#"5."}"#.utf8) + [0x0A]
    let document = try #require(try load("a.jsonl", bytes: bytes).documents.first)
    #expect(document.text == "Price: £5.")
    #expect(document.source.encoding == .windows1252)
  }

  @Test func theSidecarFingerprintSaysHowTheTextWasMade() throws {
    let plain = Document(id: DocumentID(path: "a.txt"), text: "Hello.")
    var decoded = plain
    decoded.source = TextSource(encoding: .windows1252, isExtractedFromHTML: true)
    let plainPrint = AnchorText(plain, segmenter: SentenceSegmenter()).fingerprint
    #expect(plainPrint == TextFingerprint.of("Hello."))
    #expect(AnchorText(decoded, segmenter: SentenceSegmenter()).fingerprint == plainPrint + " html windows-1252")
  }
}
