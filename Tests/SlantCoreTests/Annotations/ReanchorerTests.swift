import Testing
import SlantCore

@Suite struct ReanchorerTests {
  let original = AnchorText(AnnotationSamples.document, segmenter: SentenceSegmenter())
  let reanchorer = Reanchorer()

  func anchor(_ text: String) -> AnchorText { AnchorText(Document(id: AnnotationSamples.document.id, text: text), segmenter: SentenceSegmenter()) }

  @Test func anUnchangedTextKeepsEveryAnnotationWhereItIs() {
    let annotation = AnnotationSamples.annotation("so-called", id: "a")
    let result = reanchorer.reanchor(annotation, in: original)
    #expect(result.outcome == .kept)
    #expect(result.annotation == annotation)
  }

  @Test func textInsertedBeforeMovesTheAnnotationToItsExactQuote() throws {
    let annotation = AnnotationSamples.annotation("so-called", id: "a")
    let edited = anchor("UPDATED: " + AnnotationSamples.text)
    let result = reanchorer.reanchor(annotation, in: edited)
    #expect(result.outcome == .moved(fromScalar: 28, toScalar: 37))
    #expect(edited.text(scalarRange: result.annotation.target.position.scalarRange) == "so-called")
    #expect(result.annotation.target.quote.prefix == "ED: Khan will visit Moscow. The ")
  }

  @Test func theNearestOccurrenceWinsWhenTheQuoteRepeats() {
    let annotation = AnnotationSamples.annotation("Officials", id: "a")
    let edited = anchor("Officials disagreed. " + AnnotationSamples.text.replacingOccurrences(of: "Khan", with: "K."))
    let result = reanchorer.reanchor(annotation, in: edited)
    #expect(result.outcome == .moved(fromScalar: 65, toScalar: 84))
  }

  @Test func aWordChangedInsideTheQuoteIsFoundByFuzzyMatch() {
    let annotation = AnnotationSamples.annotation("The so-called republics were recognised.", unit: .sentence, id: "a")
    let edited = anchor(AnnotationSamples.text.replacingOccurrences(of: "so-called", with: "self-styled"))
    let result = reanchorer.reanchor(annotation, in: edited)
    guard case .fuzzy(let edits) = result.outcome else {
      Issue.record("expected a fuzzy match, got \(result.outcome)")
      return
    }
    #expect(edits > 0)
    #expect(result.annotation.target.quote.exact == "The self-styled republics were recognised.")
    #expect(result.annotation.target.sentenceIndex == 1)
    #expect(!result.annotation.isOrphaned)
  }

  @Test func anAnnotationOfADeletedSentenceIsOrphanedAndKept() {
    let sidecar = Sidecar(
      document: AnnotationSamples.document.id, textFingerprint: original.fingerprint,
      annotations: [
        AnnotationSamples.annotation("Khan will visit Moscow.", unit: .sentence, id: "a"),
        AnnotationSamples.annotation("so-called", id: "b"),
        AnnotationSamples.annotation("Officials said talks went well.", unit: .sentence, id: "c"),
      ])
    let edited = anchor("BREAKING: " + AnnotationSamples.text.replacingOccurrences(of: "Khan will visit Moscow. ", with: ""))
    let (edits, results) = reanchorer.edits(reanchoring: sidecar, in: edited)
    #expect(results.map(\.outcome) == [.orphaned, .moved(fromScalar: 28, toScalar: 14), .moved(fromScalar: 65, toScalar: 51)])
    let after = try? sidecar.applying(edits, path: "x.json")
    #expect(after?.annotations.count == 3)
    #expect(after?.annotation(withID: "a")?.isOrphaned == true)
    #expect(after?.annotation(withID: "a")?.target == sidecar.annotation(withID: "a")?.target)
    #expect(after?.textFingerprint == edited.fingerprint)
  }

  @Test func anOrphanIsPlacedAgainWhenItsQuoteComesBack() {
    var orphan = AnnotationSamples.annotation("so-called", id: "a")
    orphan.isOrphaned = true
    let result = reanchorer.reanchor(orphan, in: original)
    #expect(result.outcome == .kept)
    #expect(!result.annotation.isOrphaned)
  }

  @Test func aShortQuoteIsNotMatchedToAnUnrelatedWord() {
    let annotation = AnnotationSamples.annotation("Moscow", id: "a")
    let result = reanchorer.reanchor(annotation, in: anchor("Officials said nothing about the visit at all.\n"))
    #expect(result.outcome == .orphaned)
  }

  @Test func offsetsCountCodePointsNotBytes() {
    let text = "Zürich — “so-called” talks.\n"
    let anchorText = anchor(text)
    let utf8Start = text.utf8.distance(from: text.utf8.startIndex, to: text.range(of: "so-called")!.lowerBound)
    let target = anchorText.target(utf8Range: utf8Start..<utf8Start + 9, unit: .span)
    #expect(target.position == TextPositionSelector(scalarStart: 10, scalarEnd: 19))
    #expect(target.quote == TextQuoteSelector(exact: "so-called", prefix: "Zürich — “", suffix: "” talks.\n"))
  }
}
