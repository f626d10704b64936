import SlantCore
import Testing

/// The annotating rules `slant annotate` and the shell share.
@Suite struct AnnotationEditorTests {
  let editor = AnnotationEditor(labels: LabelSet.standard)
  let document = Document(id: DocumentID(path: "seeds/x.txt"), text: "The talks failed. The so-called talks, the talks, went on.")

  @Test func knownLabelsPassAndAnUnknownOneNamesTheClosest() throws {
    #expect(try editor.checkedLabels(["loaded", "unsupported"]) == ["loaded", "unsupported"])
    #expect(throws: AnnotationEditError.unknownLabel("lodaed", suggestion: "loaded")) { try editor.checkedLabels(["loaded", "lodaed"]) }
    #expect(
      "\(AnnotationEditError.unknownLabel("lodaed", suggestion: "loaded"))"
        == "unknown label 'lodaed' (did you mean 'loaded'?); the labels are listed in annotations/labels.txt")
  }

  @Test func aSentencePastTheEndIsRefusedWithTheRange() throws {
    #expect(try AnnotationEditor.checkedSentence(1, count: 2, in: document.id) == 1)
    #expect(throws: AnnotationEditError.sentenceOutOfRange(document: "seeds/x.txt", count: 2, requested: 2)) {
      try AnnotationEditor.checkedSentence(2, count: 2, in: document.id)
    }
    #expect("\(AnnotationEditError.sentenceOutOfRange(document: "seeds/x.txt", count: 2, requested: -1))" == "seeds/x.txt has sentences 0-1, not -1")
    #expect(throws: AnnotationEditError.sentenceOutOfRange(document: "seeds/x.txt", count: 0, requested: 0)) {
      try AnnotationEditor.checkedSentence(0, count: 0, in: document.id)
    }
    #expect("\(AnnotationEditError.sentenceOutOfRange(document: "empty.txt", count: 0, requested: 0))" == "empty.txt has no sentences (its text is empty), so there is no sentence 0")
  }

  @Test func aPhraseIsFoundOnceNotAtAllOrSeveralTimesWithinItsSentenceOnly() throws {
    let anchor = AnchorText(document, segmenter: SentenceSegmenter())
    let second = try #require(anchor.sentences.dropFirst().first)
    let unique = AnnotationEditor.occurrence(of: "so-called", in: second, of: anchor)
    #expect(unique == .unique(22..<31))
    if case .unique(let range) = unique { #expect(document.text(of: range) == "so-called") }
    #expect(AnnotationEditor.occurrence(of: "failed", in: second, of: anchor) == .missing)
    #expect(AnnotationEditor.occurrence(of: "talks", in: second, of: anchor) == .several(starts: [32, 43]))
  }
}
