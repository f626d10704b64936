/// Scored sentences as JSON Lines, one object per sentence with every hit, written as bytes
/// with `JSONBytes` so that large corpora stream quickly. Offsets are Unicode scalar offsets
/// into the document's text. A document with a title starts with its headline's line, marked
/// `"headline":true` with `"sentence":null`, whose offsets count in the title.
///
/// A hit carries `start`, `end`, `text`, the entry as written (`term`), its `category`, and
/// the lexicon `file` and `line`; `weight` only when it is not 1, `alternative` only for
/// contested terms, and `modifiers` only when some apply. The family follows from the category.
///
/// The writer makes the entry members of every lexicon it is given once, when it is made, so
/// that a hit costs one copy; an entry from elsewhere is written afresh.
public struct ScoreJSONLines: Sendable {
  /// The entry members of each lexicon table, by table.
  private let members: [ObjectIdentifier: EntryJSONMembers]

  /// A writer for the hits of `entries` (a scorer's `matcher.entries`).
  public init(entries: [LexiconEntry]) {
    var members: [ObjectIdentifier: EntryJSONMembers] = [:]
    var latest: EntryTable?
    for entry in entries where entry.table !== latest {
      latest = entry.table
      let key = ObjectIdentifier(entry.table)
      if members[key] == nil { members[key] = EntryJSONMembers(entry.table) }
    }
    self.members = members
  }

  /// The lines of one scored document, each ending in a line feed.
  public func lines(_ scored: ScoredDocument) -> String {
    var json = JSONBytes()
    append(scored, to: &json)
    return String(decoding: json.bytes, as: UTF8.self)
  }

  /// Appends the lines of one scored document to `json`.
  public func append(_ scored: ScoredDocument, to json: inout JSONBytes) {
    let text = scored.document.text
    let offsets = ScalarOffsets(text)
    text.utf8.withContiguousBytes { textBytes in
      append(scored, textBytes: textBytes, offsets: offsets, to: &json)
    }
  }

  /// Writes the lines of one scored document to `sink` as they are made, a block of whole
  /// lines at a time once `blockBytes` have gathered: a long document's output (about seven
  /// times its text) is never held whole. The bytes are those `append` would give.
  public func write(_ scored: ScoredDocument, blockBytes: Int = 1 << 16, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
    let text = scored.document.text
    let offsets = ScalarOffsets(text)
    text.utf8.withContiguousBytes { textBytes in
      let head = Self.head(of: scored.document)
      var json = JSONBytes(capacity: blockBytes + blockBytes / 4)
      if let headline = scored.headline { append(headline, head: head, to: &json) }
      for sentence in scored.sentences {
        append(sentence, head: head, textBytes: textBytes, offsets: offsets, to: &json)
        if json.withBytes({ $0.count }) >= blockBytes {
          json.withBytes(sink)
          json.removeAll()
        }
      }
      if json.withBytes({ !$0.isEmpty }) { json.withBytes(sink) }
    }
  }

  /// The members every line of `document` starts with, up to its date.
  private static func head(of document: Document) -> [UInt8] {
    var head = JSONBytes()
    head.raw(#"{"document":"#)
    head.string(document.id.description)
    head.raw(#","outlet":"#)
    head.stringOrNull(document.metadata.outlet)
    head.raw(#","date":"#)
    head.stringOrNull(document.metadata.date)
    return head.bytes
  }

  /// Appends the lines of one scored document whose text is `textBytes`.
  private func append(_ scored: ScoredDocument, textBytes: UnsafeBufferPointer<UInt8>, offsets: ScalarOffsets, to json: inout JSONBytes) {
    let head = Self.head(of: scored.document)
    if let headline = scored.headline { append(headline, head: head, to: &json) }
    for sentence in scored.sentences {
      append(sentence, head: head, textBytes: textBytes, offsets: offsets, to: &json)
    }
  }

  /// Appends the line of a document's headline: `"headline":true`, `"sentence":null`, and
  /// offsets counting code points of the title.
  private func append(_ headline: ScoredHeadline, head: [UInt8], to json: inout JSONBytes) {
    let offsets = ScalarOffsets(headline.text)
    headline.text.utf8.withContiguousBytes { titleBytes in
      append(headline.scored, head: head, isHeadline: true, textBytes: titleBytes, offsets: offsets, to: &json)
    }
  }

  /// Appends the line of one sentence, starting with the document's `head`.
  private func append(
    _ sentence: ScoredSentence, head: [UInt8], isHeadline: Bool = false, textBytes: UnsafeBufferPointer<UInt8>, offsets: ScalarOffsets,
    to json: inout JSONBytes
  ) {
    func slice(_ utf8Range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: textBytes[utf8Range]) }
    json.raw(head)
    if isHeadline {
      json.raw(#","headline":true,"sentence":null"#)
    } else {
      json.raw(#","sentence":"#)
      json.number(sentence.sentence.index)
    }
    appendSpan(offsets.scalarRange(utf8: sentence.sentence.utf8Range), to: &json)
    json.raw(#","text":"#)
    json.string(utf8: slice(sentence.sentence.utf8Range))
    json.raw(#","label":"#)
    json.string(sentence.label.rawValue)
    json.raw(#","reason":"#)
    json.string(sentence.reason)
    json.raw(#","source":"#)
    if let source = sentence.sourceUTF8Range {
      json.raw("{")
      appendSpan(offsets.scalarRange(utf8: source), to: &json, first: true)
      json.raw(#","text":"#)
      json.string(utf8: slice(source))
      json.raw("}")
    } else {
      json.raw("null")
    }
    json.raw(#","hits":["#)
    for (index, hit) in sentence.hits.enumerated() {
      json.raw(index == 0 ? "{" : ",{")
      appendSpan(offsets.scalarRange(utf8: hit.utf8Range), to: &json, first: true)
      json.raw(#","text":"#)
      json.string(utf8: slice(hit.utf8Range))
      if let entryMembers = members[ObjectIdentifier(hit.entry.table)] {
        entryMembers.append(row: hit.entry.row, to: &json)
      } else {
        hit.entry.appendJSONMembers(to: &json)
      }
      if !hit.modifiers.isEmpty {
        json.raw(#","modifiers":["#)
        var isFirst = true
        for (modifier, name) in HitModifiers.named where hit.modifiers.contains(modifier) {
          if !isFirst { json.raw(",") }
          isFirst = false
          json.string(name)
        }
        json.raw("]")
      }
      json.raw("}")
    }
    json.raw(#"],"quotations":["#)
    for (index, quotation) in sentence.quotations.enumerated() {
      json.raw(index == 0 ? "{" : ",{")
      appendSpan(offsets.scalarRange(utf8: quotation.utf8Range), to: &json, first: true)
      json.raw(#","scare":"#)
      json.bool(quotation.isScareQuote)
      json.raw("}")
    }
    json.raw("]}\n")
  }

  private func appendSpan(_ range: Range<Int>, to json: inout JSONBytes, first: Bool = false) {
    json.raw(first ? #""start":"# : #","start":"#)
    json.number(range.lowerBound)
    json.raw(#","end":"#)
    json.number(range.upperBound)
  }
}
