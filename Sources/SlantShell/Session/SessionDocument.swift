import SlantCLI
import SlantCore
import SlantTerminal

/// One document of the corpus open in the shell: its text and sentences, a folded copy of its
/// bytes for `find`, and its sidecar as last read.
struct SessionDocument: Sendable {
  var document: Document {
    didSet { searchKey = Self.searchKey(of: document) }
  }
  var sentences: [Sentence]
  /// The text's UTF-8 bytes with ASCII letters lowercased, so `find` matches regardless of case.
  var foldedUTF8: [UInt8]
  /// The sidecar as last read or saved; nil when it could not be read (see `sidecarProblem`).
  var snapshot: SidecarSnapshot?
  /// Why the sidecar could not be read; the document can be read but not annotated until fixed.
  var sidecarProblem: AnnotationError?
  /// The name, outlet and title in lowercase, which `docs FILTER` searches.
  private(set) var searchKey: [UInt8]
  /// Whether the sidecar has been re-anchored to the current text this session.
  var isAnchored = false

  /// Reads what the shell needs about `document` from its text and its sidecar in `store`,
  /// splitting its sentences with `segmenter`, the one its scores use.
  init(document: Document, store: AnnotationStore, segmenter: SentenceSegmenter) {
    self.document = document
    searchKey = Self.searchKey(of: document)
    sentences = segmenter.sentences(in: document.text, range: document.bodyUTF8Range)
    foldedUTF8 = document.text.utf8.withContiguousBytes { bytes in
      bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    }
    do {
      snapshot = try store.load(document.id)
    } catch let error as AnnotationError {
      sidecarProblem = error
    } catch {
      sidecarProblem = .unreadable(path: store.sidecarPath(for: document.id), reason: "\(error)")
    }
  }

  static func searchKey(of document: Document) -> [UInt8] {
    Array([document.id.description, document.outlet, document.metadata.title ?? ""].joined(separator: "\n").lowercased().utf8)
  }

  /// The text and sentences for anchoring annotations, with the sentences the shell shows.
  var anchor: AnchorText { AnchorText(text: document.text, sentences: sentences, source: document.source) }

  /// The annotations saved for this document.
  var annotations: [Annotation] { snapshot?.sidecar.annotations ?? [] }

  /// The index of the sentence an annotation stands in, by its offsets; nil when orphaned.
  func sentenceIndex(of annotation: Annotation, offsets: ScalarOffsets) -> Int? {
    guard !annotation.isOrphaned, let utf8Offset = offsets.utf8Offset(scalar: annotation.target.position.scalarStart) else { return nil }
    return sentences.last { $0.utf8Range.lowerBound <= utf8Offset }?.index ?? sentences.first?.index
  }

  /// The annotations of each sentence, by sentence index.
  func annotationsBySentence() -> [Int: [Annotation]] {
    let annotations = self.annotations
    guard !annotations.isEmpty else { return [:] }
    let offsets = ScalarOffsets(document.text)
    var bySentence: [Int: [Annotation]] = [:]
    for annotation in annotations {
      if let index = sentenceIndex(of: annotation, offsets: offsets) { bySentence[index, default: []].append(annotation) }
    }
    return bySentence
  }
}
