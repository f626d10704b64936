import Foundation
import SlantCore

/// A short article whose non-ASCII characters make code points, UTF-16 units and UTF-8 bytes
/// disagree, so that an offset counted in the wrong unit lands on the wrong text.
///
/// Code points: "“talks”" is 5..<12, "stalled" 15..<22, sentence 0 is 0..<23, "so-called"
/// 28..<37 (UTF-16 29..<38, since 🙂 counts twice there; UTF-8 bytes 36..<45), "deal—agreed"
/// 38..<49, sentence 1 is 24..<61; 62 code points in all.
enum ImportSamples {
  static let text = "Café “talks” 🙂 stalled.\nThe so-called deal—agreed—was signed.\n"
  static let id = DocumentID(path: "corpus/café.txt")
  static let document = Document(id: id, text: text)
  static let anchor = AnchorText(document, segmenter: SentenceSegmenter())
  static let created = Date(timeIntervalSince1970: 1_700_000_000)

  /// An annotation of the code points `range` of the sample.
  static func annotation(
    _ range: Range<Int>, unit: AnnotationTarget.Unit = .span, id: String, labels: [String] = ["loaded"], note: String? = nil,
    annotator: String = "ana", origin: AnnotationOrigin = .human
  ) -> Annotation {
    let utf8 = anchor.offsets.utf8Range(scalar: range)!
    return Annotation(
      id: id, target: anchor.target(utf8Range: utf8, unit: unit), labels: labels, note: note, annotator: annotator, created: created, origin: origin)
  }

  /// A sidecar of the sample anchored to its text, holding `annotations`.
  static func sidecar(_ annotations: [Annotation]) -> Sidecar {
    Sidecar(document: id, textFingerprint: anchor.fingerprint, annotations: annotations)
  }

  /// The text of a code-point range of the sample.
  static func slice(_ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
  }
}
