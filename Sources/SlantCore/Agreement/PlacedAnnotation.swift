/// A person's annotation placed in its document's current text (re-anchored when the text
/// changed since), with the sentence that holds it.
public struct PlacedAnnotation: Sendable {
  public var annotation: Annotation
  /// Where it stands now, in UTF-8 bytes.
  public var utf8Range: Range<Int>
  public var sentenceIndex: Int

  public var labels: [String] { annotation.labels }
  public var unit: AnnotationTarget.Unit { annotation.target.unit }

  /// The annotations of `sidecar` that can be placed in `document`; orphaned ones are left out,
  /// since nothing in the text can be compared with them. Sentences are split by `segmenter`.
  public static func placed(_ sidecar: Sidecar, in document: Document, segmenter: SentenceSegmenter) -> [PlacedAnnotation] {
    let anchor = AnchorText(document, segmenter: segmenter)
    var annotations = sidecar.annotations
    if sidecar.textFingerprint != anchor.fingerprint {
      annotations = Reanchorer().reanchor(sidecar, in: anchor).map(\.annotation)
    }
    return annotations.compactMap { annotation in
      guard !annotation.isOrphaned, let utf8Range = anchor.offsets.utf8Range(scalar: annotation.target.position.scalarRange),
        let sentence = anchor.sentenceIndex(containingScalar: annotation.target.position.scalarStart)
      else { return nil }
      return PlacedAnnotation(annotation: annotation, utf8Range: utf8Range, sentenceIndex: sentence)
    }
  }
}
