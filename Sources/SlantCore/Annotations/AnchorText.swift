/// A document's text prepared for anchoring annotations: its scalar offsets, its scalars and its
/// sentences, computed once and shared by every annotation of the document.
public struct AnchorText: Sendable {
  /// Scalars of context kept either side of a quote.
  public static let contextLength = 32

  public let text: String
  public let offsets: ScalarOffsets
  public let sentences: [Sentence]
  /// How the text was made from its file; a sidecar records it with the fingerprint.
  public let source: TextSource
  /// The text's Unicode scalar values, for the fuzzy search.
  let scalars: [UInt32]

  /// The document's text with its body split by `segmenter`, which must be the one its scores
  /// and `slant sentences` use, or sentence indices would disagree.
  public init(_ document: Document, segmenter: SentenceSegmenter) {
    self.init(text: document.text, sentences: segmenter.sentences(in: document.text, range: document.bodyUTF8Range), source: document.source)
  }

  public init(text: String, sentences: [Sentence], source: TextSource = .plainUTF8) {
    self.text = text
    self.source = source
    self.offsets = ScalarOffsets(text)
    self.sentences = sentences
    self.scalars = text.unicodeScalars.map(\.value)
  }

  /// The text's fingerprint, followed by how the text was made from its file when that was
  /// more than reading UTF-8 (`fnv1a64:… windows-1252`, `fnv1a64:… html`): a sidecar then says
  /// how to make the text its offsets count in, and a change of reading is a change of text.
  public var fingerprint: String { source.label.isEmpty ? TextFingerprint.of(text) : TextFingerprint.of(text) + " " + source.label }

  /// The length of the text in scalars.
  public var scalarCount: Int { scalars.count }

  /// A target for the UTF-8 range `utf8Range`, with its quote, context and sentence index.
  public func target(utf8Range: Range<Int>, unit: AnnotationTarget.Unit) -> AnnotationTarget {
    target(scalarRange: offsets.scalarRange(utf8: utf8Range), unit: unit)
  }

  /// A target for the scalar range `scalarRange`, which must lie within the text.
  func target(scalarRange: Range<Int>, unit: AnnotationTarget.Unit) -> AnnotationTarget {
    let before = max(0, scalarRange.lowerBound - Self.contextLength)
    let after = min(scalarCount, scalarRange.upperBound + Self.contextLength)
    return AnnotationTarget(
      unit: unit, position: TextPositionSelector(scalarStart: scalarRange.lowerBound, scalarEnd: scalarRange.upperBound),
      quote: TextQuoteSelector(
        exact: scalarText(scalarRange), prefix: scalarText(before..<scalarRange.lowerBound), suffix: scalarText(scalarRange.upperBound..<after)),
      sentenceIndex: sentenceIndex(containingScalar: scalarRange.lowerBound))
  }

  /// The text of a scalar range, or nil when the range runs past the text.
  public func text(scalarRange: Range<Int>) -> Substring? {
    guard let utf8Range = offsets.utf8Range(scalar: scalarRange) else { return nil }
    return text.slice(utf8: utf8Range)
  }

  /// The index of the sentence that holds the scalar at `scalarOffset`, or the nearest before it.
  public func sentenceIndex(containingScalar scalarOffset: Int) -> Int? {
    guard let utf8Offset = offsets.utf8Offset(scalar: scalarOffset) else { return nil }
    return sentences.last { $0.utf8Range.lowerBound <= utf8Offset }?.index ?? sentences.first?.index
  }

  /// The UTF-8 offsets where `needle` occurs in the text, overlapping occurrences included.
  public func occurrences(of needle: String, within utf8Range: Range<Int>? = nil) -> [Int] {
    let pattern = Array(needle.utf8)
    guard let first = pattern.first else { return [] }
    return text.utf8.withContiguousBytes { bytes in
      let range = utf8Range ?? 0..<bytes.count
      var found: [Int] = []
      var offset = range.lowerBound
      while offset + pattern.count <= range.upperBound {
        if bytes[offset] == first, pattern.indices.allSatisfy({ bytes[offset + $0] == pattern[$0] }) { found.append(offset) }
        offset += 1
      }
      return found
    }
  }

  private func scalarText(_ scalarRange: Range<Int>) -> String {
    var result = String.UnicodeScalarView()
    for value in scalars[scalarRange] { result.append(Unicode.Scalar(value)!) }
    return String(result)
  }
}
