/// Writes annotations as brat standoff: a `.ann` file of text-bound annotations (code-point
/// offsets, split into fragments at line breaks as brat requires) and annotator notes, to sit
/// beside a copy of the document's text, plus the `annotation.conf` that declares the labels
/// and annotators. Each label's annotator is an `Annotator` attribute (`A` line); a tab, line
/// break or backslash in a note or covered text is written as `\t`, `\n`, `\r` or `\\`, since
/// a tab separates the fields of a line and a line break ends it.
public enum BratWriter {
  /// The `.ann` text for `annotations` of `text`: one `T` line and one `A` line (its annotator)
  /// per label, one `#` note per note.
  public static func standoff(for annotations: [Annotation], in text: AnchorText) -> String {
    var lines: [String] = []
    var entity = 0, note = 0, attribute = 0
    for annotation in annotations where !annotation.isOrphaned {
      let fragments = self.fragments(of: annotation.target.position.scalarRange, in: text)
      guard !fragments.isEmpty else { continue }
      let offsets = fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
      let covered = escaped(fragments.compactMap { text.text(scalarRange: $0).map(String.init) }.joined(separator: " "))
      var first: Int?
      for label in annotation.labels {
        entity += 1
        first = first ?? entity
        lines.append("T\(entity)\t\(typeName(label)) \(offsets)\t\(covered)")
        attribute += 1
        lines.append("A\(attribute)\tAnnotator T\(entity) \(typeName(annotation.annotator))")
      }
      if let first, let body = annotation.note {
        note += 1
        lines.append("#\(note)\tAnnotatorNotes T\(first)\t\(escaped(body))")
      }
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  /// The `annotation.conf` declaring every label as an entity type and every annotator as a
  /// value of the `Annotator` attribute.
  public static func configuration(labels: [String], annotators: [String] = []) -> String {
    var text = "[entities]\n" + labels.map(typeName).joined(separator: "\n") + "\n\n[relations]\n\n[events]\n\n[attributes]\n"
    if !annotators.isEmpty { text += "Annotator Arg:<ENTITY>, Value:" + annotators.map(typeName).joined(separator: "|") + "\n" }
    return text
  }

  /// `text` with backslashes, tabs and line breaks written as escapes, so that it stays one
  /// field: the escaping of tab-separated values.
  static func escaped(_ text: String) -> String { TSV.field(text) }

  /// A label as a brat type name: letters, digits, `-` and `_` only (`frame.economic` → `frame_economic`).
  public static func typeName(_ label: String) -> String {
    String(String.UnicodeScalarView(label.unicodeScalars.map { $0.isASCII && (ScalarClass.isWord($0) || $0 == "-" || $0 == "_") ? $0 : "_" }))
  }

  /// The scalar range cut at line breaks, each piece trimmed of spaces, empty pieces dropped.
  private static func fragments(of scalarRange: Range<Int>, in text: AnchorText) -> [Range<Int>] {
    guard scalarRange.upperBound <= text.scalarCount else { return [] }
    var fragments: [Range<Int>] = []
    var start = scalarRange.lowerBound
    func close(at end: Int) {
      var low = start, high = end
      while low < high, ScalarClass.isSpace(Unicode.Scalar(text.scalars[low])!) { low += 1 }
      while high > low, ScalarClass.isSpace(Unicode.Scalar(text.scalars[high - 1])!) { high -= 1 }
      if low < high { fragments.append(low..<high) }
    }
    for offset in scalarRange where text.scalars[offset] == 0x0A || text.scalars[offset] == 0x0D {
      close(at: offset)
      start = offset + 1
    }
    close(at: scalarRange.upperBound)
    return fragments
  }
}
