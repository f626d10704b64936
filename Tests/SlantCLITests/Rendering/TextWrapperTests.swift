import Testing
@testable import SlantCLI

/// Wrapping splits ASCII text by its bytes and other text by characters; both must give the
/// words a reader sees, runs of spaces collapsed, each line within the width.
@Suite struct TextWrapperTests {
  @Test func asciiTextWrapsAtSpacesWithinTheWidth() {
    let text = "The  minister said   the talks had been useful and that both sides would meet again soon."
    let lines = TextWrapper.wrap(text, width: 30, indent: "  ")
    // 28 columns after the indent: "had" would make 31, "both" 29, "soon." 33.
    #expect(lines == ["  The minister said the talks", "  had been useful and that", "  both sides would meet again", "  soon."])
  }

  @Test func aCombiningMarkAfterASpaceStaysWithItsWord() {
    // " \u{301}" is one character, so "b \u{301}cc" is one word and moves to the next line whole;
    // split by bytes, "b" would have stayed on the first line.
    let first = String(repeating: "a", count: 18)
    #expect(TextWrapper.wrap(first + " b \u{301}cc", width: 20, indent: "") == [first, "b \u{301}cc"])
    #expect(TextWrapper.wrap("naïve  words here", width: 80, indent: "") == ["naïve words here"])
  }
}
