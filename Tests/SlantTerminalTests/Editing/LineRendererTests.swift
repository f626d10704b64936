import SlantTerminal
import Testing

@Suite struct LineRendererTests {
  /// Draws `text` with the cursor at `cursor` on a row `width` wide, after earlier redraws.
  func draw(_ text: String, cursor: Int? = nil, prompt: String = "> ", width: Int, renderer: inout LineRenderer) -> TerminalRow {
    var buffer = LineBuffer(text: text)
    if let cursor {
      buffer.moveToStart()
      for _ in 0..<cursor { buffer.moveRight() }
    }
    var row = TerminalRow(width: width)
    row.play(renderer.redraw(prompt: prompt, buffer: buffer, width: width))
    return row
  }

  @Test func aShortLineIsDrawnWholeWithTheCursorInPlace() {
    var renderer = LineRenderer()
    let row = draw("label 3", cursor: 2, width: 40, renderer: &renderer)
    #expect(row.text == "> label 3")
    #expect(row.cursorColumn == 4)
  }

  @Test func thePromptIsMeasuredWithoutItsColours() {
    var renderer = LineRenderer()
    let row = draw("abc", prompt: "\u{1B}[1;34mNews18\u{1B}[0m 1/2> ", width: 40, renderer: &renderer)
    #expect(row.text == "News18 1/2> abc")
    #expect(row.cursorColumn == 15)
  }

  @Test func wideCharactersTakeTwoColumns() {
    var renderer = LineRenderer()
    let row = draw("東京 ok", width: 40, renderer: &renderer)
    #expect(row.text == "> 東京 ok")
    #expect(row.cursorColumn == 2 + 4 + 3)
  }

  @Test func aLongLineScrollsToKeepTheCursorInViewAndTheLastColumnFree() {
    var renderer = LineRenderer()
    let text = "abcdefghijklmnopqrstuvwxyz"
    let atEnd = draw(text, width: 12, renderer: &renderer)
    #expect(atEnd.text == "> stuvwxyz", "8 characters, the cursor's cell, and the last column free")
    #expect(atEnd.cursorColumn == 10)
    let movedLeft = draw(text, cursor: 20, width: 12, renderer: &renderer)
    #expect(movedLeft.text == "> stuvwxyz", "the view stays put while the cursor is inside it")
    #expect(movedLeft.cursorColumn == 4)
    let atStart = draw(text, cursor: 0, width: 12, renderer: &renderer)
    #expect(atStart.text == "> abcdefghi")
    #expect(atStart.cursorColumn == 2)
  }

  @Test func deletingFromAScrolledLineFillsTheRowAgain() {
    var renderer = LineRenderer()
    _ = draw("abcdefghijklmnopqrstuvwxyz", width: 12, renderer: &renderer)
    let shorter = draw("abcdefghijk", width: 12, renderer: &renderer)
    #expect(shorter.text == "> defghijk")
    let short = draw("abc", width: 12, renderer: &renderer)
    #expect(short.text == "> abc")
  }

  @Test func aNarrowerWindowRedrawsWithinTheNewWidth() {
    var renderer = LineRenderer()
    _ = draw("0123456789", width: 40, renderer: &renderer)
    let narrow = draw("0123456789", width: 8, renderer: &renderer)
    #expect(narrow.text == "> 6789")
    #expect(narrow.cursorColumn == 6)
  }

  @Test func aPromptWiderThanTheRowIsShortenedFromTheLeft() {
    var renderer = LineRenderer()
    let row = draw("x", prompt: "\u{1B}[1mThe Daily Guardian 12/40 sentence 7/31\u{1B}[0m> ", width: 24, renderer: &renderer)
    #expect(row.text == "…ence 7/31> x", "half the row, at least, is left for the line")
  }

  @Test func finishingShowsTheWholeLineAndMovesToTheNextRow() {
    var renderer = LineRenderer()
    #expect(renderer.finish(prompt: "> ", text: "note 3 long") == "\r> note 3 long\u{1B}[J\r\n")
  }
}
