/// Writes annotations as brat standoff: a `.ann` file of text-bound annotations (code-point
/// offsets, split into fragments at line breaks as brat requires) and annotator notes, to sit
/// beside a copy of the document's text, plus the `annotation.conf` that declares the labels.
public enum BratWriter {
  /// The `.ann` text for `annotations` of `text`: one `T` line per label, one `#` note per note.
  public static func standoff(for annotations: [Annotation], in text: AnchorText) -> String {
    var lines: [String] = []
    var entity = 0, note = 0
    for annotation in annotations where !annotation.isOrphaned {
      let fragments = self.fragments(of: annotation.target.position.scalarRange, in: text)
      guard !fragments.isEmpty else { continue }
      let offsets = fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
      let covered = fragments.compactMap { text.text(scalarRange: $0).map(String.init) }.joined(separator: " ")
      var first: Int?
      for label in annotation.labels {
        entity += 1
        first = first ?? entity
        lines.append("T\(entity)\t\(typeName(label)) \(offsets)\t\(covered)")
      }
      if let first, let body = annotation.note {
        note += 1
        lines.append("#\(note)\tAnnotatorNotes T\(first)\t\(body.replacingOccurrences(of: "\n", with: " "))")
      }
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  /// The `annotation.conf` declaring every label as an entity type.
  public static func configuration(labels: [String]) -> String {
    "[entities]\n" + labels.map(typeName).joined(separator: "\n") + "\n\n[relations]\n\n[events]\n\n[attributes]\n"
  }

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
