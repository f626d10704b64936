/// Reads LIWC-format `.dic` dictionaries, the format in which social scientists share lexicons
/// such as the Moral Foundations Dictionary:
///
/// ```
/// %
/// 1	care.virtue
/// 2	care.vice
/// %
/// safe*	1
/// kill	2
/// kind of	1	2
/// ```
///
/// Between the two `%` lines each line declares a numeric id and a category name; after them
/// each line is a term (one or more words, `*` stems allowed) followed by the ids of its
/// categories. Category names are lowercased, with other marks made hyphens, and fall in the
/// `other` family. LIWC 2007 conditional entries (`(02 134)125/464`) are reported and skipped.
public struct LIWCDictionaryParser: Sendable {
  public init() {}

  /// The lexicon in `text`, read from the file `path`, and the problems found in it.
  public func parse(_ text: String, path: String) -> (lexicon: Lexicon, problems: [LexiconError]) {
    var lexicon = Lexicon(path: path)
    var problems: [LexiconError] = []
    var names: [String: String] = [:]
    // The entries' categories, each name once, and the rows that point into them.
    var categories: [EntryTable.Category] = []
    var categoryIndices: [String: Int] = [:]
    var rows: [EntryTable.Row] = []
    var percentLines = 0
    var seen: Set<[String]> = []
    var lineNumber = 0
    // "\r\n" is one `Character`: dictionaries saved on Windows would otherwise be one line.
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
      lineNumber += 1
      let line = rawLine.trimmingSpaces
      if line.isEmpty { continue }
      func problem(_ reason: String) { problems.append(.malformedLine(path: path, line: lineNumber, reason: reason)) }
      if line == "%" {
        percentLines += 1
        continue
      }
      let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      switch percentLines {
      case 0:
        problem("a LIWC dictionary starts with a line holding only '%'")
        return (lexicon, problems)
      case 1:
        guard fields.count >= 2, let id = Int(fields[0]) else {
          problem("expected a category line: a numeric id and a name (e.g. '1\tcare.virtue')")
          continue
        }
        let name = Self.categoryName(fields.dropFirst().joined(separator: "-"))
        names[String(id)] = name
        lexicon.categories.append(
          LexiconCategory(name: name, description: "LIWC category \(id) of \(PathName.lastComponent(path))", path: path, line: lineNumber))
      default:
        if fields.contains(where: { $0.contains("(") || $0.contains("/") }) {
          problem("LIWC conditional categories such as '(02 134)125/464' are not supported; entry skipped")
          continue
        }
        let ids = fields.reversed().prefix { Int($0) != nil }.reversed()
        let termWords = fields.dropLast(ids.count)
        guard !termWords.isEmpty else {
          problem("empty entry: a term is needed before the category ids")
          continue
        }
        guard !ids.isEmpty else {
          problem("'\(termWords.joined(separator: " "))' has no category id after it")
          continue
        }
        let term = termWords.joined(separator: " ")
        let words: [String]
        switch LexiconTerm.words(of: term) {
        case .success(let folded): words = folded
        case .failure(let failure):
          problem(failure.message)
          continue
        }
        for id in ids {
          guard let category = names[String(Int(id)!)] else {
            problem("unknown category id \(id); declare it between the '%' lines")
            continue
          }
          guard seen.insert([category] + words).inserted else {
            problem("duplicate entry '\(term)' in category '\(category)'")
            continue
          }
          let index = categoryIndices[category] ?? categories.count
          if index == categories.count {
            categoryIndices[category] = index
            categories.append(EntryTable.Category(name: category, path: path))
          }
          rows.append(EntryTable.Row(term: term, words: words, category: index, line: lineNumber))
        }
      }
    }
    lexicon.entries = EntryTable(categories: categories, rows: rows).entries
    if percentLines < 2 { problems.append(.malformedLine(path: path, line: lineNumber, reason: "the category block is never closed with a line holding only '%'")) }
    return (lexicon, problems)
  }

  /// `Care.Virtue` → `care.virtue`; marks other than dots and hyphens become hyphens.
  static func categoryName(_ raw: String) -> String {
    var name = ""
    for scalar in raw.lowercased().unicodeScalars {
      let keep = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-"
      name.unicodeScalars.append(keep ? scalar : "-")
    }
    return name
  }
}
