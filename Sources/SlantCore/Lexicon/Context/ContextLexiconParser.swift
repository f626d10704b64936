/// Reads the context files (`lexicons/context/*.list`, documented for users in
/// `lexicons/README.md`, "Context lists"):
///
/// ```
/// # a comment
/// [near markets] Nouns of markets: beside one of them these words measure, not judge.
/// = volatile
/// trading
/// [feelings] Words of feeling, which after a linking verb report someone's state.
/// outraged
/// ```
///
/// A header `[list-name] Description` opens a named list (`ContextList`); `[kind name]
/// Description` opens a rule of a kind people may add (`ContextRule.Kind`), whose `= word`
/// lines name the words it reads. Every other line is one lowercase word. Sections may sit in
/// any of the files; every problem is reported with its file and line, and the rest is read.
public struct ContextLexiconParser: Sendable {
  public init() {}

  /// The lists in `files` (path and text, in order) and the problems found in them.
  public func parse(_ files: [(path: String, text: String)]) -> (lexicon: ContextLexicon, problems: [LexiconError]) {
    var reading = Reading()
    for file in files {
      for (index, rawLine) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        reading.read(rawLine.trimmingSpaces, path: file.path, line: index + 1)
      }
      reading.closeSection()
    }
    return reading.finish()
  }
}

private extension ContextLexiconParser {
  /// Where a section was opened and what it has gathered.
  struct Section {
    var header: String
    var path: String
    var line: Int
    /// The index in `ContextLexicon.lists` of its words; nil for a section refused.
    var list: Int?
    var rule: Int?
    var words = 0
    var ruleWords = 0
  }

  struct Reading {
    var lexicon = ContextLexicon()
    var problems: [LexiconError] = []
    var section: Section?
    /// Every header read, with where: a second one is a mistake.
    var headers: [String: (path: String, line: Int)] = [:]
    /// Where each word a rule reads was written.
    var ruleWordLines: [String: (path: String, line: Int)] = [:]
    var hitWordLines: [(word: String, path: String, line: Int)] = []

    mutating func read(_ line: String, path: String, line number: Int) {
      if line.isEmpty || line.hasPrefix("#") { return }
      if line.hasPrefix("[") { return open(line, path: path, line: number) }
      guard var section else {
        return problem(path, number, "word \"\(line)\" before any [section]")
      }
      defer { self.section = section }
      guard let list = section.list else { return }
      var word = line
      let readsWord = line.hasPrefix("=")
      if readsWord {
        guard let rule = section.rule else {
          return problem(path, number, "\"= word\" names a word a rule reads, only in sections [near NAME], [next NAME] and [next-two NAME]")
        }
        word = line.dropFirst().trimmingSpaces
        section.ruleWords += 1
        guard checked(word, path, number) else { return }
        if PlainSense.wordsReadInCode.contains(word) {
          return problem(path, number, "\"\(word)\" is read by a rule in code (see lexicons/README.md, \"Context lists\"); a word has one rule")
        }
        if let first = ruleWordLines[String(word)] {
          return problem(path, number, "\"\(word)\" is already read by the rule at \(first.path):\(first.line); a word has one rule")
        }
        ruleWordLines[String(word)] = (path, number)
        _ = lexicon.ruleWords.insert(String(word), value: Int32(rule))
        return
      }
      section.words += 1
      guard checked(word, path, number) else { return }
      if let first = lexicon.lists[list].words.insert(String(word), value: Int32(number)) {
        return problem(path, number, "duplicate word \"\(word)\" in [\(section.header)] (first at line \(first))")
      }
      if let named = ContextList(rawValue: list), named.holdsHitWords { hitWordLines.append((String(word), path, number)) }
    }

    /// Opens the section of a header line, or reports why it cannot.
    mutating func open(_ line: String, path: String, line number: Int) {
      closeSection()
      section = Section(header: String(line), path: path, line: number)
      guard let close = line.firstIndex(of: "]") else {
        return problem(path, number, "a header is [name] and a description; \"]\" is missing")
      }
      let header = line[line.index(after: line.startIndex)..<close].trimmingSpaces
      let description = line[line.index(after: close)...].trimmingSpaces
      section?.header = String(header)
      let parts = header.split(separator: " ")
      var rule: ContextRule?
      var named: ContextList?
      if parts.count == 1, let list = ContextList(name: String(parts[0])) {
        named = list
      } else if parts.count == 2, let kind = ContextRule.Kind(rawValue: String(parts[0])) {
        guard parts[1].allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
          return problem(path, number, "the name in [\(header)] is lowercase letters, digits and hyphens")
        }
        rule = ContextRule(kind: kind, name: String(parts[1]), list: lexicon.lists.count)
      } else {
        let names = ContextList.allCases.map { "[\($0.name)]" } + ContextRule.Kind.allCases.map { "[\($0.rawValue) NAME]" }
        return problem(path, number, "unknown section [\(header)]; expected one of \(names.joined(separator: ", "))")
      }
      if let first = headers[String(header)] {
        return problem(path, number, "section [\(header)] is already opened at \(first.path):\(first.line)")
      }
      headers[String(header)] = (path, number)
      guard !description.isEmpty else {
        return problem(path, number, "section [\(header)] needs a description after it, saying what its words do")
      }
      if let named {
        lexicon.lists[named.rawValue] = ContextLexicon.Words(path: path, line: number)
        section?.list = named.rawValue
      } else if let rule {
        section?.list = lexicon.lists.count
        section?.rule = lexicon.rules.count
        lexicon.lists.append(ContextLexicon.Words(path: path, line: number))
        lexicon.rules.append(rule)
      }
    }

    /// Reports a section left without words, or a rule without a word to read.
    mutating func closeSection() {
      defer { section = nil }
      guard let section, section.list != nil else { return }
      if section.words == 0 { problem(section.path, section.line, "section [\(section.header)] has no words") }
      if section.rule != nil, section.ruleWords == 0 {
        problem(section.path, section.line, "section [\(section.header)] names no word for its rule to read (a line \"= word\")")
      }
    }

    /// Whether `word` is one lowercase word; reports it when not.
    mutating func checked(_ word: String, _ path: String, _ line: Int) -> Bool {
      if word.isEmpty {
        problem(path, line, "\"=\" without a word after it")
      } else if word.contains(where: \.isWhitespace) {
        problem(path, line, "\"\(word)\" holds a space; write one word per line")
      } else if word.lowercased() != word {
        problem(path, line, "\"\(word)\" is not lowercase; words are matched in lowercase")
      } else {
        return true
      }
      return false
    }

    mutating func problem(_ path: String, _ line: Int, _ reason: String) {
      problems.append(.malformedLine(path: path, line: line, reason: reason))
    }

    /// The lexicon, with a problem for each named list no file opened and each word read both
    /// by a rule and by a named list's rule.
    mutating func finish() -> (lexicon: ContextLexicon, problems: [LexiconError]) {
      closeSection()
      for entry in hitWordLines {
        guard let rule = ruleWordLines[entry.word] else { continue }
        problem(entry.path, entry.line, "\"\(entry.word)\" is already read by the rule at \(rule.path):\(rule.line); a word has one rule")
      }
      let anyPath = lexicon.lists.first { !$0.path.isEmpty }?.path
      for list in ContextList.allCases where lexicon.lists[list.rawValue].path.isEmpty {
        problems.append(.missingContextList(folder: anyPath.map(Self.folder(of:)) ?? ContextLexicon.folder, name: list.name))
      }
      return (lexicon, problems)
    }

    /// The folder holding the file at `path` (`lexicons/context`).
    static func folder(of path: String) -> String {
      guard let slash = path.lastIndex(of: "/") else { return "." }
      return String(path[..<slash])
    }
  }
}
