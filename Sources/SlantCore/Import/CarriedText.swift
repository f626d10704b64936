/// The text of an article that came with the imported file, for turning a record's offsets into
/// a checked code-point range.
///
/// Offsets are taken as code points (Python's `str`, doccano, brat, Label Studio since 2022).
/// When the record quotes its text and the quote is not there but is at the same offsets
/// counted in UTF-16 units (JavaScript's `length`: older Label Studio and doccano, which count an
/// emoji twice), the UTF-16 reading is used.
struct CarriedText {
  let text: String
  let offsets: ScalarOffsets
  let scalarCount: Int

  init(_ text: String) {
    self.text = text
    offsets = ScalarOffsets(text)
    scalarCount = text.unicodeScalars.count
  }

  /// The text of a code-point range, which must lie within the text.
  func text(scalarRange: Range<Int>) -> String? {
    offsets.utf8Range(scalar: scalarRange).map { String(text.slice(utf8: $0)) }
  }

  /// The code-point range of `start..<end`, checked against `quote` when there is one.
  /// - Throws: `RecordFault` when the range is empty, runs past the text or does not hold the quote.
  func scalarRange(start: Int, end: Int, quote: String?) throws(RecordFault) -> Range<Int> {
    guard start >= 0, end > start else { throw RecordFault("offsets \(start)-\(end) do not make a range (start must be below end)") }
    let found = end <= scalarCount ? text(scalarRange: start..<end) : nil
    guard let quote, found != quote else {
      guard found != nil else { throw RecordFault("offsets \(start)-\(end) run past the end of the text (\(scalarCount) code points)") }
      return start..<end
    }
    if let range = text.scalarRange(utf16: start..<end), text(scalarRange: range) == quote { return range }
    let shown = found.map { "'\(Self.clipped($0))'" } ?? "nothing (the text has \(scalarCount) code points)"
    throw RecordFault("text '\(Self.clipped(quote))' is not at \(start)-\(end), which holds \(shown)")
  }

  /// `text` cut to 40 characters for a message.
  static func clipped(_ text: String) -> String {
    let flat = text.replacingNewlines()
    return flat.count > 40 ? String(flat.prefix(39)) + "…" : flat
  }
}

extension String {
  fileprivate func replacingNewlines() -> String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
  }
}
