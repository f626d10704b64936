import Testing
import SlantCore

/// Entries read into one table must describe themselves exactly as entries made one by one.
@Suite struct EntryTableTests {
  func jsonMembers(_ entry: LexiconEntry) -> String {
    var json = JSONBytes()
    entry.appendJSONMembers(to: &json)
    return String(decoding: json.bytes, as: UTF8.self)
  }

  func citation(_ entry: LexiconEntry) -> String {
    var text = ""
    entry.appendCitation(to: &text)
    return text
  }

  @Test func rowsKeepTheirFieldsCitationsAndJSON() {
    let (lexicon, problems) = LexiconParser().parse(
      """
      [loaded.negative] Negative.
      brutal
      regime -> "government" | weight 2 | note implies illegitimacy
      [hedge] Softeners.
      would | weight 0.5
      """, path: "lexicons/a \\ b.txt")
    #expect(problems.isEmpty)
    #expect(lexicon.entries.map(jsonMembers) == [
      #","term":"brutal","category":"loaded.negative","file":"lexicons/a \\ b.txt","line":2"#,
      #","term":"regime","category":"loaded.negative","file":"lexicons/a \\ b.txt","line":3,"weight":2,"alternative":"\"government\"""#,
      #","term":"would","category":"hedge","file":"lexicons/a \\ b.txt","line":5,"weight":0.5"#,
    ])
    #expect(lexicon.entries.map(citation) == [
      #"loaded.negative, lexicons/a \ b.txt:2"#, #"loaded.negative, lexicons/a \ b.txt:3"#, #"hedge, lexicons/a \ b.txt:5, weight 0.5"#,
    ])
    let regime = lexicon.entries[1]
    #expect(regime.note == "implies illegitimacy" && regime.family == .loaded && regime.isEvaluative && !lexicon.entries[2].isEvaluative)
    #expect(lexicon.entries[2].family == .hedges && !lexicon.entries[2].isDecisive)
  }

  @Test func anEntryMadeAloneEqualsTheSameEntryReadFromAFile() {
    let read = LexiconParser().parse("[evidence] Evidence.\ndata show | weight 1.5", path: "e.txt").lexicon.entries[0]
    let made = LexiconEntry(term: "data show", words: ["data", "show"], category: "evidence", weight: 1.5, path: "e.txt", line: 2)
    #expect(read == made && read.hashValue == made.hashValue)
    #expect(jsonMembers(read) == jsonMembers(made) && citation(read) == citation(made))
    #expect(made.isEvidence && made.family == .attribution)
  }
}
