import SlantTerminal
import Testing

@Suite struct HangingWrapperTests {
  @Test func linesThatFitAreLeftAlone() {
    let text = "short line\n\n  indented   with  gaps\n"
    #expect(HangingWrapper.fit(text, width: 30) == text)
  }

  @Test func aListingLineHangsUnderItsTextColumn() {
    let line = "   0  neutral       Pakistan prime minister Imran Khan will embark on a two-day trip to Russia on Wednesday."
    #expect(HangingWrapper.fit(line, width: 60) == """
         0  neutral       Pakistan prime minister Imran Khan will
                          embark on a two-day trip to Russia on
                          Wednesday.
      """)
  }

  @Test func anIndentedLineHangsUnderItsIndent() {
    #expect(HangingWrapper.fit("    alpha beta gamma delta epsilon zeta eta theta", width: 30) == """
          alpha beta gamma delta
          epsilon zeta eta theta
      """)
  }

  @Test func aTableKeepsItsSpacingAndTheDescriptionHangs() {
    let line = "absolute             intensity     77  Absolutes, totalising words and hyperbole that overstate scope."
    #expect(HangingWrapper.fit(line, width: 70) == """
      absolute             intensity     77  Absolutes, totalising words and
                                             hyperbole that overstate scope.
      """)
  }

  @Test func colourTakesNoColumnsAndAWordWiderThanTheRoomStaysWhole() {
    let red = "\u{1B}[31m", reset = "\u{1B}[0m"
    let fitted = HangingWrapper.fit("  \(red)sponsoring terrorism\(reset) is a phrase https://example.org/a/very/long/address/that/cannot/break ok", width: 30)
    let lines = fitted.split(separator: "\n")
    #expect(lines.map { DisplayWidth.withoutEscapes($0) } == [
      "  sponsoring terrorism is a", "  phrase", "  https://example.org/a/very/long/address/that/cannot/break", "  ok",
    ])
    #expect(fitted.contains("\(red)sponsoring terrorism\(reset)"))
  }

  @Test func everyWordIsKeptInOrder() {
    let text = (0..<200).map { "w\($0)" + String(repeating: "x", count: $0 % 13) }.joined(separator: " ")
    let fitted = HangingWrapper.fit("  - " + text, width: 41)
    #expect(fitted.split(separator: "\n").allSatisfy { DisplayWidth.columns(of: $0) <= 41 })
    #expect(fitted.split(whereSeparator: { $0 == " " || $0 == "\n" }).dropFirst() == text.split(separator: " ")[...])
  }
}
