extension LexiconParser {
  /// The entry of a lexicon line whose term is plain (`LexiconTerm.plainTerm(in:)`), with an
  /// optional `-> alternative` and `| weight N` or `| note TEXT` fields, read on the bytes; nil
  /// for any other line and any line with a problem, which the general path then reads with its
  /// messages. Most default entries carry a weight or a note: through the general path (a `String`
  /// per line and field, the tokenizer per word) they cost 197 M of the 224 M instructions that
  /// reading the default lexicons took in `slant score` of 300 articles (callgrind).
  ///
  /// Every text it keeps (alternative, note) starts and ends with a printable ASCII byte once
  /// spaces and tabs are trimmed, so that the general path's Unicode trimming would keep it whole.
  static func plainEntry(in line: UnsafeBufferPointer<UInt8>, category: Int, number: Int) -> EntryTable.Row? {
    let bar = line.firstIndex(of: UInt8(ascii: "|")) ?? line.count
    var termEnd = bar
    var alternative: String?
    if let arrow = arrow(in: line, before: bar) {
      guard let value = trimmedText(line, arrow + 2..<bar) else { return nil }
      alternative = value
      termEnd = arrow
    }
    guard let (term, words) = LexiconTerm.plainTerm(in: UnsafeBufferPointer(rebasing: line[..<termEnd])) else { return nil }
    var row = EntryTable.Row(term: term, words: words, category: category, alternative: alternative, line: number)
    var fieldStart = bar + 1
    while fieldStart <= line.count {
      let fieldEnd = line[fieldStart...].firstIndex(of: UInt8(ascii: "|")) ?? line.count
      var nameStart = fieldStart
      while nameStart < fieldEnd && isBlank(line[nameStart]) { nameStart += 1 }
      var nameEnd = nameStart
      while nameEnd < fieldEnd && !isBlank(line[nameEnd]) { nameEnd += 1 }
      guard let value = trimmedText(line, nameEnd..<fieldEnd) else { return nil }
      switch UnsafeBufferPointer(rebasing: line[nameStart..<nameEnd]) {
      case let name where name.elementsEqual("weight".utf8):
        guard let weight = Double(value), weight >= 0, weight <= 100 else { return nil }
        row.weight = weight
      case let name where name.elementsEqual("note".utf8): row.note = value
      default: return nil
      }
      fieldStart = fieldEnd + 1
    }
    return row
  }
}

private extension LexiconParser {
  /// Where the first `->` before `end` starts, when the byte after it is ASCII (a combining
  /// mark there would make `>` part of another character for the general path).
  static func arrow(in line: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
    var index = 0
    while index + 1 < end {
      if line[index] == UInt8(ascii: "-") && line[index + 1] == UInt8(ascii: ">") {
        return index + 2 == line.count || line[index + 2] < 0x80 ? index : nil
      }
      index += 1
    }
    return nil
  }

  /// The bytes of `range` without surrounding spaces and tabs, as text; nil when that is empty
  /// or starts or ends with a byte other than printable ASCII.
  static func trimmedText(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
    var start = range.lowerBound, end = range.upperBound
    while start < end && isBlank(line[start]) { start += 1 }
    while end > start && isBlank(line[end - 1]) { end -= 1 }
    guard start < end, isPrintableASCII(line[start]), isPrintableASCII(line[end - 1]) else { return nil }
    return String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self)
  }

  static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

  static func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
