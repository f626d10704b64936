/// Reads Slant's lexicon format, a plain text file people edit (documented for users in
/// `lexicons/README.md`):
///
/// ```
/// # a comment
/// [loaded.negative] Words that pass a negative judgement in the outlet's own voice.
/// brutal | weight 2
/// regime -> government | weight 2 | note implies illegitimacy
/// terror*
/// ```
///
/// A header `[name] Description` opens a category (lowercase dotted name of letters, digits and
/// hyphens; the description is required). Each other line is an entry of the latest category:
/// a term, an optional `-> alternative`, then optional `| weight N` and `| note TEXT` fields.
/// Leniency: blank lines and `#` comments are skipped, case and curly apostrophes in terms are
/// folded, runs of spaces count as one. Every problem is reported with its line and the rest of
/// the file is still read, so that one typo never hides the other entries.
public struct LexiconParser: Sendable {
  public init() {}

  /// The lexicon in `text`, read from the file `path`, and the problems found in it.
  ///
  /// Lines are cut at line feeds on the UTF-8 bytes. An entry with a plain term (see
  /// `plainEntry(in:category:number:)`), most of a large lexicon, is read there; every other line
  /// takes the general path, which gives every message and leniency.
  public func parse(_ text: String, path: String) -> (lexicon: Lexicon, problems: [LexiconError]) {
    var text = text
    return text.withUTF8 { bytes in
      var reading = Reading(path: path, bytes: bytes.count)
      var lineStart = 0, lineNumber = 0
      while lineStart <= bytes.count {
        let lineEnd = Self.lineEnd(in: bytes, from: lineStart)
        // A file saved with Windows line ends reads the same as one without.
        let contentEnd = lineEnd > lineStart && bytes[lineEnd - 1] == UInt8(ascii: "\r") ? lineEnd - 1 : lineEnd
        lineNumber += 1
        reading.read(UnsafeBufferPointer(rebasing: bytes[lineStart..<contentEnd]), number: lineNumber)
        lineStart = lineEnd + 1
      }
      return reading.finish()
    }
  }
}

extension LexiconParser {
  /// The entry of a trimmed line that is no comment or header, or the problem with it.
  static func entry(_ line: String, category: Int, line number: Int) -> Result<EntryTable.Row, TermProblem> {
    let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(\.trimmingSpaces)
    var termPart = parts[0]
    var alternative: String?
    if termPart.utf8.contains(UInt8(ascii: ">")), let arrow = termPart.range(of: "->") {
      let value = termPart[arrow.upperBound...].trimmingSpaces
      guard !value.isEmpty else { return .failure(TermProblem("'->' needs a neutral alternative after it")) }
      alternative = value
      termPart = termPart[..<arrow.lowerBound].trimmingSpaces
    }
    guard !termPart.isEmpty else { return .failure(TermProblem("empty entry: a term is needed before '->' or '|'")) }
    var weight = 1.0
    var note: String?
    for field in parts.dropFirst() {
      let name = String(field.prefix { $0 != " " && $0 != "\t" })
      let value = field.dropFirst(name.count).trimmingSpaces
      switch name {
      case "weight":
        guard let number = Double(value), number >= 0, number <= 100 else {
          return .failure(TermProblem("weight '\(value)' is not a number from 0 to 100"))
        }
        weight = number
      case "note":
        guard !value.isEmpty else { return .failure(TermProblem("'note' needs some text")) }
        note = value
      case "": return .failure(TermProblem("empty field after '|'; expected 'weight N' or 'note TEXT'"))
      default:
        let suggestion = EditDistance.closest(to: name, in: ["weight", "note"]).map { " (did you mean '\($0)'?)" } ?? ""
        return .failure(TermProblem("unknown field '\(name)'\(suggestion); fields are 'weight N' and 'note TEXT'"))
      }
    }
    let term = termPart
    return LexiconTerm.words(of: term).map {
      EntryTable.Row(term: term, words: $0, category: category, weight: weight, alternative: alternative, note: note, line: number)
    }
  }
}

private extension LexiconParser {
  /// What has been read of one file so far.
  struct Reading {
    let path: String
    var lexicon: Lexicon
    var problems: [LexiconError] = []
    /// The entries' categories, one for each of `lexicon.categories`, and the current one.
    var categories: [EntryTable.Category] = []
    var category: Int?
    var rows: [EntryTable.Row] = []
    /// The rows read so far, by category and words.
    var seen: RowIndex

    init(path: String, bytes: Int) {
      self.path = path
      lexicon = Lexicon(path: path)
      seen = RowIndex(capacity: bytes / 16)
      // Rows are 80 bytes: growing the array by copies would cost a large lexicon more than a
      // generous reservation, whose unused end is never touched.
      rows.reserveCapacity(bytes / 8)
    }

    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, number: Int) {
      if let current = category, let row = LexiconParser.plainEntry(in: bytes, category: current, number: number) {
        add(row)
        return
      }
      let line = String(decoding: bytes, as: UTF8.self).trimmingSpaces
      if line.isEmpty || line.hasPrefix("#") { return }
      if line.hasPrefix("[") {
        switch LexiconParser.header(line) {
        case .success(let (name, description)):
          let index = lexicon.categories.firstIndex { $0.name == name } ?? lexicon.categories.count
          if index == lexicon.categories.count {
            lexicon.categories.append(LexiconCategory(name: name, description: description, path: path, line: number))
            categories.append(EntryTable.Category(name: name, path: path))
          }
          category = index
        case .failure(let failure): problem(failure.message, line: number)
        }
        return
      }
      guard let current = category else {
        problem("entry before any category header; start the file with a line such as '[loaded.negative] Description'", line: number)
        return
      }
      switch LexiconParser.entry(line, category: current, line: number) {
      case .success(let row): add(row)
      case .failure(let failure): problem(failure.message, line: number)
      }
    }

    mutating func add(_ row: EntryTable.Row) {
      rows.append(row)
      if let first = seen.firstMatch(of: rows.count - 1, in: rows) {
        rows.removeLast()
        problem("duplicate entry '\(row.term)' in category '\(categories[row.category].name)' (first at line \(rows[first].line))", line: row.line)
      }
    }

    mutating func problem(_ reason: String, line: Int) { problems.append(.malformedLine(path: path, line: line, reason: reason)) }

    consuming func finish() -> (lexicon: Lexicon, problems: [LexiconError]) {
      lexicon.entries = EntryTable(categories: categories, rows: rows).entries
      return (lexicon, problems)
    }
  }

  /// Where the line starting at `start` ends: at the next line feed, or at the end of `bytes`.
  static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var end = start
    while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
    return end
  }

  static func header(_ line: String) -> Result<(String, String), TermProblem> {
    guard let close = line.firstIndex(of: "]") else {
      return .failure(TermProblem("category header is missing its ']'; write '[category.name] Description'"))
    }
    let name = line[line.index(after: line.startIndex)..<close].trimmingSpaces
    let description = line[line.index(after: close)...].trimmingSpaces
    guard isCategoryName(name) else {
      return .failure(TermProblem("'\(name)' is not a category name; use lowercase letters, digits, hyphens and dots (e.g. loaded.negative)"))
    }
    guard !description.isEmpty else {
      return .failure(TermProblem("category '\(name)' needs a one-line description after the ']'"))
    }
    return .success((name, description))
  }

  static func isCategoryName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name.last != "." else { return false }
    return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
      && !name.contains("..")
  }
}
