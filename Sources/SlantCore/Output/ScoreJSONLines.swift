/// Scored sentences as JSON Lines, one object per sentence with every hit, written as bytes
/// with `JSONBytes` so that large corpora stream quickly. Offsets are Unicode scalar offsets
/// into the document's file.
///
/// A hit carries `start`, `end`, `text`, the entry as written (`term`), its `category`, and
/// the lexicon `file` and `line`; `weight` only when it is not 1, `alternative` only for
/// contested terms, and `modifiers` only when some apply. The family follows from the category.
/// `probabilities` gives each label the scorer's model knows its probability (three decimals),
/// and `probability_reason` the features that raised the likely ones (`ProbabilityReason`).
/// `frame` is the sentence's primary frame, `{"name": "economic", "probability": 0.71}`, or
/// `null`; every frame hit stays among the `hits`.
///
/// A document's headline comes first, with `"headline":true` and `"sentence":null`, its offsets
/// counting in the title. A document without a sentence (empty text) is one line `{"document", "outlet", "date",
/// "empty": true}`, so that a reader can tell it from a lost one. On standard input every line
/// starts with the article's `id` as written (`null` when it had none), and a line that could
/// not be read is one error line in its place: `{"id", "line", "error"}`.
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
    append(scored, head: Self.head(of: scored.document, id: nil), to: &json)
  }

  /// Appends the lines of one article read from a stream, each starting with its `id` as the
  /// input wrote it (`null` when it had none), so that results can be joined back to the input.
  public func append(_ scored: ScoredDocument, id: ArticleID?, to json: inout JSONBytes) {
    append(scored, head: Self.head(of: scored.document, id: .some(id)), to: &json)
  }

  /// Appends the line that stands for an input line that could not be read: its `id` when it
  /// could still be read, its line number in the stream, and the reason.
  public static func appendUnreadable(line: Int, id: ArticleID?, reason: String, to json: inout JSONBytes) {
    json.raw(#"{"id":"#)
    appendID(id, to: &json)
    json.raw(#","line":"#)
    json.number(line)
    json.raw(#","error":"#)
    json.string(reason)
    json.raw("}\n")
  }

  /// Writes the lines of one scored document to `sink` as they are made, a block of whole
  /// lines at a time once `blockBytes` have gathered: a long document's output (about seven
  /// times its text) is never held whole. The bytes are those `append` would give.
  public func write(_ scored: ScoredDocument, blockBytes: Int = 1 << 16, to sink: (UnsafeBufferPointer<UInt8>) -> Void) {
    let head = Self.head(of: scored.document, id: nil)
    guard !Self.isEmpty(scored) else {
      var json = JSONBytes()
      Self.appendEmpty(head: head, to: &json)
      json.withBytes(sink)
      return
    }
    let text = scored.document.text
    let offsets = ScalarOffsets(text)
    text.utf8.withContiguousBytes { textBytes in
      var json = JSONBytes(capacity: blockBytes + blockBytes / 4)
      var scratch = LineScratch()
      if let headline = scored.headline { append(headline, head: head, scratch: &scratch, to: &json) }
      for sentence in scored.sentences {
        append(sentence, head: head, textBytes: textBytes, offsets: offsets, scratch: &scratch, to: &json)
        if json.withBytes({ $0.count }) >= blockBytes {
          json.withBytes(sink)
          json.removeAll()
        }
      }
      if json.withBytes({ !$0.isEmpty }) { json.withBytes(sink) }
    }
  }

  /// The members every line of `document` starts with, up to its date: its stream `id` first
  /// when it was read from a stream (`.some(nil)`: a stream article without one).
  private static func head(of document: Document, id: ArticleID??) -> [UInt8] {
    var head = JSONBytes()
    if let id {
      head.raw(#"{"id":"#)
      appendID(id, to: &head)
      head.raw(#","document":"#)
    } else {
      head.raw(#"{"document":"#)
    }
    head.string(document.id.description)
    head.raw(#","outlet":"#)
    head.stringOrNull(document.metadata.outlet)
    head.raw(#","date":"#)
    head.stringOrNull(document.metadata.date)
    return head.bytes
  }

  /// Whether the document gives no line of its own: no headline and no sentence.
  private static func isEmpty(_ scored: ScoredDocument) -> Bool { scored.headline == nil && scored.sentences.isEmpty }

  /// The one line of a document without a sentence, so that a reader can tell it from a lost one.
  private static func appendEmpty(head: [UInt8], to json: inout JSONBytes) {
    json.raw(head)
    json.raw(#","empty":true}"#)
    json.raw("\n")
  }

  /// Appends the lines of one scored document after `head`.
  private func append(_ scored: ScoredDocument, head: [UInt8], to json: inout JSONBytes) {
    guard !Self.isEmpty(scored) else { return Self.appendEmpty(head: head, to: &json) }
    var scratch = LineScratch()
    if let headline = scored.headline { append(headline, head: head, scratch: &scratch, to: &json) }
    let offsets = ScalarOffsets(scored.document.text)
    scored.document.text.utf8.withContiguousBytes { textBytes in
      for index in scored.sentences.indices {
        append(scored.sentences[index], head: head, textBytes: textBytes, offsets: offsets, scratch: &scratch, to: &json)
      }
    }
  }
  /// Appends the line of a document's headline: `"headline":true`, `"sentence":null`, and
  /// offsets counting code points of the title.
  private func append(_ headline: ScoredHeadline, head: [UInt8], scratch: inout LineScratch, to json: inout JSONBytes) {
    let offsets = ScalarOffsets(headline.text)
    headline.text.utf8.withContiguousBytes { titleBytes in
      append(headline.scored, head: head, isHeadline: true, textBytes: titleBytes, offsets: offsets, scratch: &scratch, to: &json)
    }
  }

  /// Appends the line of one sentence, starting with the document's `head`; `scratch` is kept
  /// from line to line.
  private func append(
    _ sentence: ScoredSentence, head: [UInt8], isHeadline: Bool = false, textBytes: UnsafeBufferPointer<UInt8>, offsets: ScalarOffsets,
    scratch: inout LineScratch, to json: inout JSONBytes
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
    json.raw(#","probabilities":{"#)
    for (index, probability) in sentence.probabilities.enumerated() {
      if index > 0 { json.raw(",") }
      json.string(probability.label)
      json.raw(":")
      json.number(thousandths: probability.probability)
    }
    json.raw(#"},"probability_reason":"#)
    scratch.reason.removeAll(keepingCapacity: true)
    ProbabilityReason.append(sentence.probabilities, to: &scratch.reason)
    scratch.reason.withUnsafeBufferPointer { json.string(utf8: $0) }
    json.raw(#","frame":"#)
    if let frame = sentence.frame {
      json.raw(#"{"name":"#)
      Self.appendName(of: frame, to: &json)
      json.raw(#","probability":"#)
      json.number(thousandths: frame.probability)
      json.raw(#","basis":"#)
      json.string(frame.basis.rawValue)
      json.raw("}")
    } else {
      json.raw("null")
    }
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
    for index in sentence.hits.indices {
      let hit = sentence.hits[index]
      json.raw(index == 0 ? "{" : ",{")
      appendSpan(offsets.scalarRange(utf8: hit.utf8Range), to: &json, first: true)
      json.raw(#","text":"#)
      json.string(utf8: slice(hit.utf8Range))
      let table = ObjectIdentifier(hit.entry.table)
      if scratch.latest?.table != table { scratch.latest = (table, members[table]) }
      if let entryMembers = scratch.latest?.members {
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

  /// What one document's lines reuse from line to line: the buffer of the probability reason,
  /// and the entry members of the table of the latest hit, as a document's hits mostly come from
  /// a few tables (looking the table up for each sentence with hits was 8 M instructions of
  /// `slant score` on 300 articles, callgrind).
  private struct LineScratch {
    var reason: [UInt8] = []
    var latest: (table: ObjectIdentifier, members: EntryJSONMembers?)?
  }

  /// Appends a frame's `name` straight from its category's bytes when the category is
  /// `frame.` and ASCII after it (every frame of Slant's lexicons): made as a `String` for each
  /// line with a frame, the name cost 750 instructions, 1% of `slant score` (callgrind).
  private static func appendName(of frame: FrameChoice, to json: inout JSONBytes) {
    let prefix = FrameChoice.prefix.utf8.count
    let isWritten = frame.category.utf8.withContiguousBytes { bytes in
      guard bytes.count > prefix, bytes.starts(with: FrameChoice.prefix.utf8), bytes[prefix] < 0x80 else { return false }
      json.string(utf8: UnsafeBufferPointer(rebasing: bytes[prefix...]))
      return true
    }
    if !isWritten { json.string(frame.name) }
  }

  private static func appendID(_ id: ArticleID?, to json: inout JSONBytes) {
    if let id { id.append(to: &json) } else { json.raw("null") }
  }

  private func appendSpan(_ range: Range<Int>, to json: inout JSONBytes, first: Bool = false) {
    json.raw(first ? #""start":"# : #","start":"#)
    json.number(range.lowerBound)
    json.raw(#","end":"#)
    json.number(range.upperBound)
  }
}
