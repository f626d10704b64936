import Foundation
import SlantCore

/// Small documents and annotations shared by the annotation tests.
enum AnnotationSamples {
  static let text = "Khan will visit Moscow. The so-called republics were recognised. Officials said talks went well.\n"
  static let document = Document(id: DocumentID(path: "seeds/sample.txt"), text: text)
  static let created = Date(timeIntervalSince1970: 1_700_000_000)

  /// An annotation of the first occurrence of `phrase` in `anchor`.
  static func annotation(
    _ phrase: String, in anchor: AnchorText = AnchorText(document, segmenter: SentenceSegmenter()), unit: AnnotationTarget.Unit = .span, id: String,
    labels: [String] = ["loaded"]
  ) -> Annotation {
    let range = anchor.text.range(of: phrase)!
    let utf8Start = anchor.text.utf8.distance(from: anchor.text.utf8.startIndex, to: range.lowerBound)
    let target = anchor.target(utf8Range: utf8Start..<utf8Start + phrase.utf8.count, unit: unit)
    return Annotation(id: id, target: target, labels: labels, annotator: "tester", created: created)
  }
}
