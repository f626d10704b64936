/// The rules for annotating a document, shared by `slant annotate` and the shell: labels come
/// from the label set, sentences exist, and a span names exactly one occurrence of its phrase
/// in the sentence. Broken rules throw `AnnotationEditError`; how many times a phrase occurs is
/// returned as a value, for each front end to show the occurrences its own way.
public struct AnnotationEditor: Sendable {
  /// Where a phrase stands in a sentence.
  public enum PhraseOccurrence: Equatable, Sendable {
    /// The one place, as a UTF-8 range of the document's text.
    case unique(Range<Int>)
    case missing
    /// Where each occurrence starts, in UTF-8 bytes.
    case several(starts: [Int])
  }

  public let labels: LabelSet

  public init(labels: LabelSet) { self.labels = labels }

  /// `names`, when every one is a known label.
  public func checkedLabels(_ names: [String]) throws -> [String] {
    for name in names where !labels.contains(name) { throw AnnotationEditError.unknownLabel(name, suggestion: labels.closest(to: name)) }
    return names
  }

  /// `index`, when `document` (of `count` sentences) has that sentence.
  public static func checkedSentence(_ index: Int, count: Int, in document: DocumentID) throws -> Int {
    guard (0..<count).contains(index) else {
      throw AnnotationEditError.sentenceOutOfRange(document: document.description, count: count, requested: index)
    }
    return index
  }

  /// Where the non-empty `phrase` occurs within `sentence` of `anchor`'s text.
  public static func occurrence(of phrase: String, in sentence: Sentence, of anchor: AnchorText) -> PhraseOccurrence {
    let starts = anchor.occurrences(of: phrase, within: sentence.utf8Range)
    switch starts.count {
    case 0: return .missing
    case 1: return .unique(starts[0]..<starts[0] + phrase.utf8.count)
    default: return .several(starts: starts)
    }
  }
}
