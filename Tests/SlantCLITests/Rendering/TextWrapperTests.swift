import SlantTerminal
import Testing

@testable import SlantCLI

/// Wrapping splits text by its bytes unless a space belongs to a larger character, then by
/// characters; both must give the words a reader sees, runs of spaces collapsed, each line
/// within the width, the same lines as splitting by characters always gave.
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

  /// Texts with curly quotes, dashes, accents, wide characters, a combining mark after a space,
  /// an Arabic number sign before one, emoji with a skin tone after one, and colour escapes.
  static let texts = [
    "“We will not back down,” the minister said — twice — in Zürich’s café, déjà vu for the 5% who watched.",
    "東京 の 会議 は 続いた and the talks went on for days and days without any end in sight at all",
    "a b \u{301}cc d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h",
    "prices rose \u{600} 12 percent in the north and the south and the east and the west of the land",
    "waves 👋 \u{1F3FB}hello there to everyone who came along to the meeting on the river bank today",
    "the \u{1B}[31mloaded\u{1B}[0m word stays one word in colour as it does without any colour at all",
    "  spaces   at both ends and   inside  ", "", "   ", "one",
  ]

  /// The wrap as it was made before bytes: split by characters, each word measured in full.
  private static func characterWrap(_ text: String, width: Int, indent: String) -> [String] {
    let available = max(width - DisplayWidth.columns(of: indent), 20)
    var lines: [String] = [], line = "", used = 0
    for word in text.split(separator: " ") {
      let columns = DisplayWidth.columns(of: word)
      if used > 0 && used + 1 + columns > available {
        lines.append(indent + line)
        line = ""
        used = 0
      }
      if used > 0 { line += " " }
      line += word
      used += (used > 0 ? 1 : 0) + columns
    }
    if !line.isEmpty || lines.isEmpty { lines.append(indent + line) }
    return lines
  }

  @Test(arguments: texts, [20, 31, 80])
  func wrapGivesTheLinesOfSplittingByCharacters(text: String, width: Int) {
    #expect(TextWrapper.wrap(text, width: width, indent: "  ") == Self.characterWrap(text, width: width, indent: "  "))
  }

  @Test(arguments: texts, ["", "    "])
  func hangingIsTheWrapWithItsFirstLineTwoColumnsOut(text: String, indent: String) {
    var lines = Self.characterWrap(text, width: 40, indent: indent + "  ")
    lines[0].removeFirst(2)
    #expect(TextWrapper.hanging(text, width: 40, indent: indent) == lines.joined(separator: "\n") + "\n")
  }

  @Test func wordsAreTheByteRunsBetweenSpacesOrNoneWhenASpaceIsJoined() {
    func words(_ text: String) -> [String]? {
      var text = text
      return text.withUTF8 { bytes in
        TextWrapper.words(in: bytes)?.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
      }
    }
    #expect(words("  the “talks”  ended ") == ["the", "“talks”", "ended"])
    #expect(words("") == [])
    #expect(words("a \u{301}b") == nil)
  }
}
