#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import SlantCLI
import SlantCore
import SlantTerminal

extension SessionCommand {
  /// Results shown by `find` unless `--limit` says otherwise.
  static let findLimit = 20
  /// Unscored documents that `find CATEGORY` scores on the spot before searching; beyond that
  /// it searches what the background has scored so far and says so.
  static let findScoringLimit = 500

  static let find = SessionCommand(
    name: "find", summary: "Find sentences across the corpus with TEXT (any case) or a hit of CATEGORY, in context.",
    arguments: "TEXT|CATEGORY", minimumArguments: 1,
    options: [.value("limit", "N", help: "Show at most N results (default \(findLimit)).")],
    discussion: """
      A CATEGORY is a lexicon category (loaded.negative) or the start of some (loaded, frame);
      anything else is searched as text. Each result starts with DOC:SENTENCE; 'open DOC' then
      'goto SENTENCE' takes you there.
      """
  ) { arguments, session in
    let query = arguments.positionals.joined(separator: " ")
    let limit = try arguments.integer("limit") ?? findLimit
    let categories = Set(session.lexicons.flatMap { $0.categories.map(\.name) }).filter { $0 == query || $0.hasPrefix(query + ".") }
    let found = categories.isEmpty ? session.textMatches(of: query, limit: limit) : session.categoryMatches(of: categories, limit: limit)
    var text = ""
    for match in found.shown { text += session.keywordInContext(match) + "\n" }
    let documentCount = found.documents == 1 ? "1 document" : "\(found.documents) documents"
    text += found.total == 0 ? "no sentence has '\(query)'" : "\(found.total) match\(found.total == 1 ? "" : "es") in \(documentCount)"
    if found.total > found.shown.count { text += "; showing the first \(found.shown.count) (--limit N shows more)" }
    if found.searched < session.documents.count {
      text += " (searched the \(found.searched) of \(session.documents.count) documents scored so far; scoring goes on in the background)"
    }
    session.output.write(text + "\n")
  }
}

/// One place `find` found: a document, and the bytes that matched.
struct FoundSpan {
  var document: Int
  var utf8Range: Range<Int>
}

extension Session {
  /// Occurrences of `query` in the text of every document, ignoring ASCII case.
  func textMatches(of query: String, limit: Int) -> (shown: [FoundSpan], total: Int, documents: Int, searched: Int) {
    let needle = Array(query.utf8).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    var shown: [FoundSpan] = [], total = 0, documentsWithMatches = 0
    for (index, entry) in documents.enumerated() {
      let count = Self.occurrences(of: needle, in: entry.foldedUTF8) { start in
        if shown.count < limit { shown.append(FoundSpan(document: index, utf8Range: start..<start + needle.count)) }
      }
      total += count
      if count > 0 { documentsWithMatches += 1 }
    }
    return (shown, total, documentsWithMatches, documents.count)
  }

  /// How many times `needle` occurs in `haystack` (overlapping ones too), calling `found` with
  /// the start of each. `memchr` jumps to candidates for the needle's rarest byte in English
  /// text, so that a common first letter does not stop the scan at every other byte.
  static func occurrences(of needle: [UInt8], in haystack: [UInt8], _ found: (Int) -> Void) -> Int {
    guard !needle.isEmpty, needle.count <= haystack.count else { return 0 }
    let anchor = needle.indices.max { rarity(needle[$0]) < rarity(needle[$1]) }!
    return haystack.withUnsafeBytes { text in
      needle.withUnsafeBytes { pattern in
        var count = 0, offset = anchor
        let last = text.count - pattern.count + anchor
        while offset <= last, let candidate = memchr(text.baseAddress! + offset, Int32(needle[anchor]), last - offset + 1) {
          let start = text.baseAddress!.distance(to: UnsafeRawPointer(candidate)) - anchor
          if memcmp(text.baseAddress! + start, pattern.baseAddress!, pattern.count) == 0 {
            found(start)
            count += 1
          }
          offset = start + anchor + 1
        }
        return count
      }
    }
  }

  /// How rare `byte` is in English news text: lowercase letters by frequency, then the rest.
  private static func rarity(_ byte: UInt8) -> Int {
    if byte == UInt8(ascii: " ") { return 0 }
    let common: [UInt8] = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)
    return common.firstIndex(of: byte).map { $0 + 1 } ?? 27
  }

  /// Hits of any of `categories` in the scored documents, from the index the score cache keeps.
  func categoryMatches(of categories: Set<String>, limit: Int) -> (shown: [FoundSpan], total: Int, documents: Int, searched: Int) {
    scores.scoreMissing(upTo: SessionCommand.findScoringLimit)
    let (hits, searched) = scores.hits(in: categories)
    let sorted = hits.sorted { ($0.document, $0.utf8Range.lowerBound) < ($1.document, $1.utf8Range.lowerBound) }
    return (Array(sorted.prefix(limit)), hits.count, Set(hits.map(\.document)).count, searched)
  }

  /// `  3:4  News18  …words before [match] words after…`, within the match's sentence and,
  /// for ASCII text, within the width.
  func keywordInContext(_ found: FoundSpan) -> String {
    let entry = documents[found.document]
    let text = entry.document.text
    let sentence = entry.sentences.last { $0.utf8Range.lowerBound <= found.utf8Range.lowerBound } ?? entry.sentences.first
    let bounds = sentence?.utf8Range ?? 0..<text.utf8.count
    let context = max(12, (width - 16 - entry.document.outlet.count - found.utf8Range.count) / 2)
    var start = max(bounds.lowerBound, found.utf8Range.lowerBound - context), end = min(bounds.upperBound, found.utf8Range.upperBound + context)
    start = min(start, found.utf8Range.lowerBound)
    end = max(end, found.utf8Range.upperBound)
    while !text.isScalarBoundary(utf8: start) { start += 1 }
    while !text.isScalarBoundary(utf8: end) { end -= 1 }
    let match = String(entry.document.text(of: found.utf8Range))
    let before = (start > bounds.lowerBound ? "…" : "") + entry.document.text(of: start..<found.utf8Range.lowerBound)
    let after = entry.document.text(of: found.utf8Range.upperBound..<end) + (end < bounds.upperBound ? "…" : "")
    let place = "\(found.document + 1):\(sentence?.index ?? 0)".leftPadded(to: 8)
    let marked = usesColor ? ANSIStyle.bold.apply(match, enabled: true) : "[\(match)]"
    return "\(place)  \(entry.document.outlet)  " + (before + marked + after).replacingLineEnds()
  }
}
