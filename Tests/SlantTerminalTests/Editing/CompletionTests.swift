import SlantTerminal
import Testing

@Suite struct CompletionTests {
  let candidates = ["label", "labels", "lexicon", "loaded", "négation", "next"]

  func complete(_ text: String, cursor: Int? = nil) -> Completion {
    var buffer = LineBuffer(text: text)
    if let cursor {
      buffer.moveToStart()
      for _ in 0..<cursor { buffer.moveRight() }
    }
    return Completion(completing: buffer, from: candidates)
  }

  @Test func oneMatchCompletesTheWordAndAddsASpace() {
    let completion = complete("lex")
    #expect(completion.buffer.text == "lexicon ")
    #expect(completion.buffer.cursor == 8)
    #expect(completion.choices.isEmpty)
    #expect(complete("label 3 né").buffer.text == "label 3 négation ")
  }

  @Test func severalMatchesCompleteTheirCommonPrefixAndAreOffered() {
    let completion = complete("la")
    #expect(completion.buffer.text == "label")
    #expect(completion.choices == ["label", "labels"])
    let stuck = complete("l")
    #expect(stuck.buffer.text == "l")
    #expect(stuck.choices == ["label", "labels", "lexicon", "loaded"])
  }

  @Test func completesTheWordBeforeTheCursorInTheMiddleOfALine() {
    let completion = complete("lo 3", cursor: 2)
    #expect(completion.buffer.text == "loaded 3")
    #expect(completion.buffer.cursor == 7)
  }

  @Test func noMatchLeavesTheLineAlone() {
    let completion = complete("zz")
    #expect(completion.buffer.text == "zz" && completion.choices.isEmpty)
  }

  @Test func listsChoicesInColumnsDownThenAcross() {
    #expect(Completion.rows(listing: ["a", "bb", "ccc", "dddd", "e"], width: 14) == ["a     dddd", "bb    e", "ccc"])
    #expect(Completion.rows(listing: ["label", "labels"], width: 80) == ["label   labels"])
    #expect(Completion.rows(listing: ["wider-than-the-row"], width: 5) == ["wider-than-the-row"])
  }
}
