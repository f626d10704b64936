import SlantTerminal
import Testing

@Suite struct LineBufferTests {
  /// A buffer holding `text` with the cursor `cursor` characters in.
  func buffer(_ text: String, cursor: Int) -> LineBuffer {
    var buffer = LineBuffer(text: text)
    buffer.moveToStart()
    for _ in 0..<cursor { buffer.moveRight() }
    return buffer
  }

  @Test func insertsAtTheCursorAndMovesPastTheInsertion() {
    var line = buffer("wrld", cursor: 1)
    line.insert("o")
    #expect(line.text == "world")
    #expect(line.cursor == 2)
  }

  @Test func movesAndDeletesByCharacterNotByte() {
    var line = LineBuffer(text: "“café”")
    #expect(line.characters.count == 6)
    line.deleteBackward()
    #expect(line.text == "“café")
    line.moveLeft()
    line.deleteBackward()
    #expect(line.text == "“caé")
    line.moveToStart()
    line.deleteForward()
    #expect(line.text == "caé")
  }

  @Test func aCombiningMarkJoinsTheCharacterBeforeIt() {
    var line = LineBuffer(text: "cafe")
    line.insert("\u{301}")
    #expect(line.characters.count == 4)
    #expect(line.cursor == 4)
    line.deleteBackward()
    #expect(line.text == "caf")
  }

  @Test func controlCharactersNeverEnterAndLineEndsBecomeSpaces() {
    #expect(LineBuffer(text: "a\u{1B}[31mb\tc\r\nd").text == "a[31mb c  d")
  }

  @Test func movesStayInsideTheLine() {
    var line = LineBuffer(text: "ab")
    line.moveRight()
    #expect(line.cursor == 2)
    line.moveToStart()
    line.moveLeft()
    line.deleteBackward()
    #expect(line.cursor == 0 && line.text == "ab")
    line.moveToEnd()
    line.deleteForward()
    #expect(line.text == "ab")
  }

  @Test func killsToTheEndAndToTheStart() {
    var line = buffer("keep this", cursor: 4)
    #expect(line.killToEnd() == " this")
    #expect(line.text == "keep" && line.cursor == 4)
    line = buffer("drop keep", cursor: 5)
    #expect(line.killToStart() == "drop ")
    #expect(line.text == "keep" && line.cursor == 0)
  }

  @Test(arguments: [
    ("one two three", 13, "one two ", "three"), ("one two  ", 9, "one ", "two  "), ("span “so-called”", 16, "span ", "“so-called”"),
    ("one two", 5, "one wo", "t"), ("", 0, "", ""),
  ])
  func ctrlWKillsTheSpaceSeparatedWordBeforeTheCursor(text: String, cursor: Int, remaining: String, killed: String) {
    var line = buffer(text, cursor: cursor)
    #expect(line.killWordBackward() == killed)
    #expect(line.text == remaining)
  }

  @Test func wordMovesStopAtLettersAndDigits() {
    var line = LineBuffer(text: "span “so-called” 3")
    line.moveWordLeft()
    #expect(line.cursor == 17)
    line.moveWordLeft()
    #expect(line.cursor == 9)
    line.moveWordLeft()
    #expect(line.cursor == 6)
    line.moveWordRight()
    #expect(line.cursor == 8)
  }

  @Test func replacesARangeLeavingTheCursorAfterIt() {
    var line = buffer("la 3", cursor: 2)
    line.replace(0..<2, with: "label")
    #expect(line.text == "label 3" && line.cursor == 5)
  }
}
