import SlantTerminal
import Testing

@Suite struct KeyDecoderTests {
  func keys(_ bytes: [UInt8]) -> [Key] {
    var decoder = KeyDecoder()
    return decoder.keys(from: bytes) + decoder.flushPending()
  }

  func keys(_ text: String) -> [Key] { keys(Array(text.utf8)) }

  @Test(arguments: [
    ("\u{1B}[A", Key.up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
    ("\u{1B}OA", .up), ("\u{1B}OD", .left), ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
    ("\u{1B}[1~", .home), ("\u{1B}[7~", .home), ("\u{1B}[4~", .end), ("\u{1B}[8~", .end), ("\u{1B}[3~", .delete),
    ("\u{1B}[1;5C", .wordRight), ("\u{1B}[1;3D", .wordLeft), ("\u{1B}b", .alt("b")),
    ("\r", .enter), ("\n", .enter), ("\t", .tab), ("\u{7F}", .backspace), ("\u{08}", .backspace),
    ("\u{01}", .control("a")), ("\u{12}", .control("r")), ("\u{17}", .control("w")),
  ])
  func decodesSequences(bytes: String, key: Key) {
    #expect(keys(bytes) == [key])
  }

  @Test func decodesMultiByteCharactersWhole() {
    #expect(keys("é“’東😀") == [.character("é"), .character("“"), .character("’"), .character("東"), .character("😀")])
  }

  @Test func keepsACharacterSplitAcrossReads() {
    var decoder = KeyDecoder()
    let bytes = Array("a“".utf8)
    #expect(decoder.keys(from: bytes[0..<2]) == [.character("a")])
    #expect(decoder.hasPending)
    #expect(decoder.keys(from: bytes[2...]) == [.character("“")])
    #expect(!decoder.hasPending)
  }

  @Test func keepsASequenceSplitAcrossReadsAndMakesALoneEscapeOnlyWhenFlushed() {
    var decoder = KeyDecoder()
    #expect(decoder.keys(from: [0x1B]) == [])
    #expect(decoder.keys(from: Array("[".utf8)) == [])
    #expect(decoder.keys(from: Array("Dx".utf8)) == [.left, .character("x")])
    #expect(decoder.keys(from: [0x1B]) == [])
    #expect(decoder.flushPending() == [.escape])
  }

  @Test func skipsUnknownSequencesAndPasteMarkersWhole() {
    #expect(keys("\u{1B}[200~pasted\u{1B}[201~") == "pasted".map(Key.character))
    #expect(keys("\u{1B}[15~x\u{1B}[?1;2cy") == [.character("x"), .character("y")])
  }

  @Test func invalidBytesBecomeReplacementCharactersWithoutSwallowingTheNextKey() {
    #expect(keys([0xE2, 0x80, 0x41]) == [.character("\u{FFFD}"), .character("A")])
    #expect(keys([0xFF, 0x42]) == [.character("\u{FFFD}"), .character("B")])
    #expect(keys([0x80, 0x43]) == [.character("C")])
  }
}
