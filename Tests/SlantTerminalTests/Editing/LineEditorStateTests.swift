import SlantTerminal
import Testing

@Suite struct LineEditorStateTests {
  /// Feeds `text` as typed characters and returns the last action.
  @discardableResult
  func type(_ text: String, into state: inout LineEditorState) -> LineEditorState.Action {
    text.reduce(.none) { _, character in state.handle(.character(character)) }
  }

  @Test func enterSubmitsTheLineAddsItToHistoryAndStartsAfresh() {
    var state = LineEditorState()
    type("next", into: &state)
    #expect(state.handle(.enter) == .submit("next"))
    #expect(state.history.entries == ["next"])
    #expect(state.buffer.isEmpty)
  }

  @Test func ctrlCDropsTheLineWithoutKeepingIt() {
    var state = LineEditorState()
    type("half typed", into: &state)
    #expect(state.handle(.control("c")) == .cancel)
    #expect(state.buffer.isEmpty)
    #expect(state.history.entries.isEmpty)
  }

  @Test func ctrlDEndsInputOnlyOnAnEmptyLine() {
    var state = LineEditorState()
    type("ab", into: &state)
    _ = state.handle(.left)
    #expect(state.handle(.control("d")) == .redraw)
    #expect(state.buffer.text == "a")
    _ = state.handle(.backspace)
    #expect(state.handle(.control("d")) == .endOfInput)
  }

  @Test func upAndDownWalkTheEntriesStartingWithWhatWasTyped() {
    var state = LineEditorState(history: History(entries: ["label 1 x", "next", "label 2 y", "show"]))
    type("lab", into: &state)
    _ = state.handle(.up)
    #expect(state.buffer.text == "label 2 y")
    _ = state.handle(.up)
    #expect(state.buffer.text == "label 1 x")
    #expect(state.handle(.up) == .none)
    _ = state.handle(.down)
    #expect(state.buffer.text == "label 2 y")
    _ = state.handle(.down)
    #expect(state.buffer.text == "lab", "down past the newest brings back what was typed")
    #expect(state.handle(.down) == .none)
  }

  @Test func upWithNothingTypedWalksEveryEntryAndEditingEndsTheWalk() {
    var state = LineEditorState(history: History(entries: ["open 1", "next"]))
    _ = state.handle(.up)
    _ = state.handle(.up)
    #expect(state.buffer.text == "open 1")
    type("0", into: &state)
    _ = state.handle(.up)
    #expect(state.buffer.text == "open 10", "a new walk starts from the edited line, which no entry extends")
  }

  @Test func ctrlRSearchesBackAndEnterRunsTheMatch() {
    var state = LineEditorState(history: History(entries: ["label 3 loaded", "note 3 calm", "next"]))
    _ = state.handle(.control("r"))
    type("3", into: &state)
    #expect(state.display(prompt: "> ").prompt == "(reverse-i-search)`3': ")
    #expect(state.display(prompt: "> ").buffer.text == "note 3 calm")
    #expect(state.display(prompt: "> ").buffer.cursor == 5)
    _ = state.handle(.control("r"))
    #expect(state.display(prompt: "> ").buffer.text == "label 3 loaded")
    _ = state.handle(.control("r"))
    #expect(state.display(prompt: "> ").prompt == "(failed reverse-i-search)`3': ")
    #expect(state.display(prompt: "> ").buffer.text == "label 3 loaded")
    #expect(state.handle(.enter) == .submit("label 3 loaded"))
  }

  @Test func backspaceInASearchWidensItAgainFromTheNewest() {
    var state = LineEditorState(history: History(entries: ["label 3 loaded", "next"]))
    _ = state.handle(.control("r"))
    type("lz", into: &state)
    #expect(state.search?.isFailing == true)
    _ = state.handle(.backspace)
    #expect(state.search?.isFailing == false)
    #expect(state.display(prompt: "> ").buffer.text == "label 3 loaded")
  }

  @Test func ctrlGCancelsASearchAndOtherKeysAcceptTheMatchForEditing() {
    var state = LineEditorState(history: History(entries: ["label 3 loaded"]))
    type("typed", into: &state)
    _ = state.handle(.control("r"))
    type("lab", into: &state)
    _ = state.handle(.control("g"))
    #expect(state.search == nil && state.buffer.text == "typed")
    _ = state.handle(.control("r"))
    type("lab", into: &state)
    _ = state.handle(.end)
    type("!", into: &state)
    #expect(state.search == nil && state.buffer.text == "label 3 loaded!")
    #expect(state.display(prompt: "> ").prompt == "> ")
  }

  @Test func tabCompletesAndASecondTabListsTheChoices() {
    var state = LineEditorState()
    let provider: Completion.Provider = { line, cursor in
      #expect(line == "la" && cursor == 2)
      return ["label", "labels", "next"]
    }
    type("la", into: &state)
    #expect(state.handle(.tab, completions: provider) == .redraw)
    #expect(state.buffer.text == "label")
    #expect(state.handle(.tab, completions: { _, _ in [] }) == .list(["label", "labels"]))
    type("s", into: &state)
    #expect(state.handle(.tab, completions: { _, _ in ["labels"] }) == .redraw)
    #expect(state.buffer.text == "labels ")
    #expect(state.handle(.tab) == .none, "no provider, no completion")
  }

  @Test func ctrlLAsksForAClearScreenAndUnknownKeysDoNothing() {
    var state = LineEditorState()
    #expect(state.handle(.control("l")) == .clearScreen)
    #expect(state.handle(.control("z")) == .none)
    #expect(state.handle(.escape) == .none)
  }
}
