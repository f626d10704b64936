import Testing
import SlantCore

@Suite struct BratParserTests {
  let text = ImportSamples.text

  @Test func textBoundAnnotationsInCodePointsWithNotesAttached() throws {
    let standoff = """
      T1\tscare-quote 28 37\tso-called
      T2\tloaded 28 37\tso-called
      T3\tframe_economic 5 12;15 22\t“talks” stalled
      #1\tAnnotatorNotes T1\tthe writer's distance
      A1\tNegated T3
      A2\tConfidence T3 High

      """
    let batch = BratParser.parse(standoff, annotationPath: "out/corpus/café.ann", text: text, textPath: "out/corpus/café.txt")
    #expect(batch.problems.isEmpty)
    let document = try #require(batch.documents.first)
    #expect(document.name == "out/corpus/café.txt")
    #expect(document.annotations.map(\.scalarRange) == [28..<37, 5..<22])
    #expect(document.annotations.map(\.labels) == [["scare-quote", "loaded"], ["frame_economic"]])
    #expect(document.annotations.map(\.note) == ["the writer's distance", "Negated; Confidence: High"])
    #expect(document.annotations.map { $0.quote?.exact } == ["so-called", "“talks” 🙂 stalled"])
    #expect(document.annotations.allSatisfy { $0.unit == nil && $0.annotator == nil && $0.document == "out/corpus/café.txt" })
  }

  @Test func offsetsCountedInUTF16AreReadThatWayOnlyWhenTheTextSaysSo() throws {
    let batch = BratParser.parse("T1\tloaded 29 38\tso-called\nT2\tloaded 36 45\tso-called\n", annotationPath: "a.ann", text: text, textPath: "a.txt")
    #expect(batch.documents.first?.annotations.map(\.scalarRange) == [28..<37])
    #expect(batch.problems.map(\.description) == ["a.ann:2: text 'so-called' is not at 36-45, which holds 'd deal—ag'"])
  }

  @Test func badLinesAreReportedWithTheirLines() {
    let standoff = """
      T1\tloaded 28 37\tso-called
      T2\tloaded 28\tso-called
      R1\tCause Arg1:T1 Arg2:T1
      T3\tloaded 60 70\tx
      #1\tAnnotatorNotes T9\tlost
      hello
      T4\thedged 38 42\tdeal
      """
    let batch = BratParser.parse(standoff, annotationPath: "a.ann", text: text, textPath: "a.txt")
    #expect(batch.documents.first?.annotations.map(\.labels) == [["loaded"], ["hedged"]])
    #expect(
      batch.problems.map(\.description) == [
        "a.ann:2: offsets '28' must be 'start end' with start below end",
        "a.ann:3: brat relations, events and equivalences are not imported; Slant keeps labels of sentences and spans",
        "a.ann:4: text 'x' is not at 60-70, which holds nothing (the text has 62 code points)",
        "a.ann:6: not a brat standoff line (expected T, #, A or N)",
        "a.ann:5: refers to T9, which is not a text-bound annotation read here",
      ])
  }

  @Test func textPathIsBesideTheAnnotations() {
    #expect(BratParser.textPath(forAnnotationPath: "out/seeds/a.ann") == "out/seeds/a.txt")
  }

  @Test func windowsLineEndsAreLineEnds() {
    let batch = BratParser.parse("T1\tloaded 28 37\tso-called\r\n#1\tAnnotatorNotes T1\tnote\r\n", annotationPath: "a.ann", text: text, textPath: "a.txt")
    #expect(batch.problems.isEmpty)
    #expect(batch.documents.first?.annotations.map(\.note) == ["note"])
  }
}
