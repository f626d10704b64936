/// Scored sentences as JSON Lines, one object per sentence with every hit, written by hand as
/// bytes with `JSONText` so that large corpora stream quickly. Offsets are Unicode scalar
/// offsets into the document's file.
public enum ScoreJSONLines {
  /// The lines of one scored document, each ending in a line feed.
  public static func lines(_ scored: ScoredDocument) -> String {
    var bytes: [UInt8] = []
    append(scored, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the lines of one scored document to `bytes`.
  public static func append(_ scored: ScoredDocument, to bytes: inout [UInt8]) {
    let document = scored.document
    let text = document.text
    let offsets = ScalarOffsets(text)
    var head: [UInt8] = []
    head += #"{"document":"#.utf8
    JSONText.appendQuoted(document.id.description[...], to: &head)
    head += #","outlet":"#.utf8
    appendQuotedOrNull(document.metadata.outlet, to: &head)
    head += #","date":"#.utf8
    appendQuotedOrNull(document.metadata.date, to: &head)
    bytes.reserveCapacity(bytes.count + text.utf8.count * 8)
    for sentence in scored.sentences {
      bytes += head
      bytes += #","sentence":"#.utf8
      appendNumber(sentence.sentence.index, to: &bytes)
      appendSpan(offsets.scalarRange(utf8: sentence.sentence.utf8Range), to: &bytes)
      bytes += #","text":"#.utf8
      JSONText.appendQuoted(text.slice(utf8: sentence.sentence.utf8Range), to: &bytes)
      bytes += #","label":""#.utf8
      bytes += sentence.label.rawValue.utf8
      bytes += #"","reason":"#.utf8
      JSONText.appendQuoted(sentence.reason[...], to: &bytes)
      bytes += #","source":"#.utf8
      if let source = sentence.sourceUTF8Range {
        bytes += "{".utf8
        appendSpan(offsets.scalarRange(utf8: source), to: &bytes, first: true)
        bytes += #","text":"#.utf8
        JSONText.appendQuoted(text.slice(utf8: source), to: &bytes)
        bytes += "}".utf8
      } else {
        bytes += "null".utf8
      }
      bytes += #","hits":["#.utf8
      for (index, hit) in sentence.hits.enumerated() {
        bytes += index == 0 ? "{".utf8 : ",{".utf8
        appendSpan(offsets.scalarRange(utf8: hit.utf8Range), to: &bytes, first: true)
        bytes += #","text":"#.utf8
        JSONText.appendQuoted(text.slice(utf8: hit.utf8Range), to: &bytes)
        bytes += #","term":"#.utf8
        JSONText.appendQuoted(hit.entry.term[...], to: &bytes)
        bytes += #","category":""#.utf8
        bytes += hit.category.utf8
        bytes += #"","family":""#.utf8
        bytes += hit.family.rawValue.utf8
        bytes += #"","weight":"#.utf8
        bytes += "\(hit.entry.weight)".utf8
        bytes += #","alternative":"#.utf8
        appendQuotedOrNull(hit.entry.alternative, to: &bytes)
        bytes += #","file":"#.utf8
        JSONText.appendQuoted(hit.entry.path[...], to: &bytes)
        bytes += #","line":"#.utf8
        appendNumber(hit.entry.line, to: &bytes)
        bytes += #","modifiers":["#.utf8
        for (position, name) in hit.modifiers.names.enumerated() {
          if position > 0 { bytes.append(UInt8(ascii: ",")) }
          JSONText.appendQuoted(name[...], to: &bytes)
        }
        bytes += "]}".utf8
      }
      bytes += #"],"quotations":["#.utf8
      for (index, quotation) in sentence.quotations.enumerated() {
        bytes += index == 0 ? "{".utf8 : ",{".utf8
        appendSpan(offsets.scalarRange(utf8: quotation.utf8Range), to: &bytes, first: true)
        bytes += (quotation.isScareQuote ? #","scare":true}"# : #","scare":false}"#).utf8
      }
      bytes += "]}\n".utf8
    }
  }
}

private extension ScoreJSONLines {
  static func appendSpan(_ range: Range<Int>, to bytes: inout [UInt8], first: Bool = false) {
    bytes += (first ? #""start":"# : #","start":"#).utf8
    appendNumber(range.lowerBound, to: &bytes)
    bytes += #","end":"#.utf8
    appendNumber(range.upperBound, to: &bytes)
  }

  static func appendQuotedOrNull(_ string: String?, to bytes: inout [UInt8]) {
    if let string { JSONText.appendQuoted(string[...], to: &bytes) } else { bytes += "null".utf8 }
  }

  /// Appends the decimal digits of a non-negative `number` without making a `String`.
  static func appendNumber(_ number: Int, to bytes: inout [UInt8]) {
    guard number > 0 else {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var value = number
    withUnsafeMutableBytes(of: &digits) { buffer in
      while value > 0 {
        buffer[count] = UInt8(ascii: "0") + UInt8(value % 10)
        value /= 10
        count += 1
      }
      for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
    }
  }
}
