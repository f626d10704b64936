import SlantTerminal
import Testing

@Suite struct HistoryTests {
  @Test func dropsBlankLinesAndRepeatsOfThePreviousEntry() {
    var history = History()
    for line in ["next", "next", "  ", "", "show", "next"] { history.add(line) }
    #expect(history.entries == ["next", "show", "next"])
  }

  @Test func keepsOnlyTheNewestEntriesUpToTheLimit() {
    let history = History(entries: (1...1_005).map { "goto \($0)" })
    #expect(history.entries.count == 1_000)
    #expect(history.entries.first == "goto 6")
    #expect(history.entries.last == "goto 1005")
    #expect(History(entries: ["a", "b", "c"], limit: 2).entries == ["b", "c"])
  }

  @Test func lineEndsBecomeSpacesSoAnEntryIsOneLine() {
    var history = History()
    history.add("note 2 first\nsecond")
    #expect(history.entries == ["note 2 first second"])
  }

  @Test func findsEntriesByPrefixInBothDirectionsSkippingTheOneShown() {
    let history = History(entries: ["label 1 loaded", "next", "label 2 hedge", "label 2 hedge x", "show"])
    #expect(history.index(before: 5, withPrefix: "label") == 3)
    #expect(history.index(before: 3, withPrefix: "label", skipping: "label 2 hedge") == 0)
    #expect(history.index(after: 0, withPrefix: "label") == 2)
    #expect(history.index(after: 3, withPrefix: "label") == nil)
    #expect(history.index(before: 5, withPrefix: "") == 4)
  }

  @Test func findsTheNewestEntryContainingAQuery() {
    let history = History(entries: ["label 1 loaded", "next", "span \"loaded term\" x"])
    #expect(history.index(containing: "loaded", atOrBefore: 2) == 2)
    #expect(history.index(containing: "loaded", atOrBefore: 1) == 0)
    #expect(history.index(containing: "absent", atOrBefore: 2) == nil)
    #expect(History().index(containing: "x", atOrBefore: 0) == nil)
  }
}
