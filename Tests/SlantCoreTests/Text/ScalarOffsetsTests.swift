import Testing
import SlantCore

@Suite struct ScalarOffsetsTests {
  @Test func asciiOffsetsAreUnchanged() {
    let offsets = ScalarOffsets("plain text")
    #expect(offsets.scalarOffset(utf8: 5) == 5)
    #expect(offsets.utf8Offset(scalar: 5) == 5)
  }

  @Test func convertsAroundMultibyteScalarsBothWays() {
    let text = "“Zürich” 😀 end"
    let offsets = ScalarOffsets(text)
    var utf8 = 0, scalar = 0
    for unicodeScalar in text.unicodeScalars {
      #expect(offsets.scalarOffset(utf8: utf8) == scalar)
      #expect(offsets.utf8Offset(scalar: scalar) == utf8)
      utf8 += UTF8.width(unicodeScalar)
      scalar += 1
    }
    #expect(offsets.scalarOffset(utf8: utf8) == scalar)
    #expect(offsets.utf8Offset(scalar: scalar) == utf8)
    #expect(offsets.utf8Offset(scalar: scalar + 1) == nil)
  }

  /// Lookups start from a checkpoint every 16 bytes: every offset of a long mix of one- to
  /// four-byte scalars must agree with counting scalar by scalar.
  @Test func agreesWithCountingAtEveryOffsetOfAMixedText() {
    let text = String(repeating: "ab “Zürich”—😀 c\u{301}é. ", count: 12)
    let offsets = ScalarOffsets(text)
    var utf8 = 0, scalar = 0
    for unicodeScalar in text.unicodeScalars {
      #expect(offsets.scalarOffset(utf8: utf8) == scalar, "at byte \(utf8)")
      utf8 += UTF8.width(unicodeScalar)
      scalar += 1
    }
    #expect(offsets.scalarOffset(utf8: utf8) == scalar)
  }

  /// Whole blocks are counted eight bytes at a time and the rest byte by byte: texts of every
  /// length up to three blocks, cut from a mix of one- to four-byte scalars, must agree with
  /// counting scalar by scalar at every scalar boundary.
  @Test func agreesWithCountingForEveryLength() {
    let scalars = Array("aé“😀 b\u{301}ç”z—".unicodeScalars)
    for length in 0...40 {
      let text = String(String.UnicodeScalarView((0..<length).map { scalars[($0 * 7) % scalars.count] }))
      let offsets = ScalarOffsets(text)
      var utf8 = 0, scalar = 0
      for unicodeScalar in text.unicodeScalars {
        #expect(offsets.scalarOffset(utf8: utf8) == scalar, "length \(length), byte \(utf8)")
        utf8 += UTF8.width(unicodeScalar)
        scalar += 1
      }
      #expect(offsets.scalarOffset(utf8: utf8) == scalar && offsets.utf8Offset(scalar: scalar) == utf8, "length \(length)")
      #expect(offsets.utf8Offset(scalar: scalar + 1) == nil)
    }
    let ascii = ScalarOffsets(String(repeating: "plain ", count: 9))
    #expect(ascii.scalarOffset(utf8: 53) == 53 && ascii.utf8Offset(scalar: 54) == 54)
  }

  @Test func worksAcrossCheckpointBlocks() {
    let text = String(repeating: "é", count: 500) + "x" + String(repeating: "—", count: 300)
    let offsets = ScalarOffsets(text)
    #expect(offsets.scalarOffset(utf8: 1000) == 500)
    #expect(offsets.scalarOffset(utf8: 1001) == 501)
    #expect(offsets.scalarOffset(utf8: 1004) == 502)
    #expect(offsets.utf8Offset(scalar: 501) == 1001)
    #expect(offsets.utf8Offset(scalar: 800) == 1898)
  }

  @Test func agreesWithPythonStyleSlicing() {
    let text = "Khan’s visit — “ill-timed”."
    let offsets = ScalarOffsets(text)
    let range = offsets.scalarRange(utf8: 15..<31)
    let scalars = Array(text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[range])) == "— “ill-timed")
    #expect(range == 13..<25)
  }
}
