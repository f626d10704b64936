import Foundation

/// The words that steer the sentence segmenter: abbreviations after which a sentence never
/// ends, abbreviations that end one only before a sentence opener, the openers, and the words
/// that end a hard-wrapped line mid-sentence. People edit them in `lexicons/abbreviations.list`;
/// `standard` holds the same text built in, so that the core works without the file.
///
/// Format: `#` comments and blank lines are skipped; a `[section]` line opens one of the four
/// sections below; every other line is one word, written without its final dot (`Mr`, `U.S`,
/// `i.e`). Leniency: spaces around a word and Windows line ends are ignored; a duplicate is
/// harmless. A word matches as written or with its first letter lowercased (`E.g` matches `e.g`).
public struct SegmenterLexicon: Sendable, Equatable {
  /// The sections of the file, by their header names.
  public enum Section: String, Sendable, CaseIterable {
    case neverEnds = "never-ends"
    case endsBeforeOpener = "ends-before-opener"
    case openers
    case wrapEndings = "wrap-endings"
  }

  /// Abbreviations after which a sentence never ends (`Mr`, `Gen`, `No`, `i.e`).
  public var neverEnds: Set<String> = []
  /// Abbreviations that end a sentence only before an opener (`Jan`, `etc`, `Inc`).
  public var endsBeforeOpener: Set<String> = []
  /// Words that open sentences often and proper names rarely (`The`, `He`, `How`).
  public var openers: Set<String> = []
  /// Lowercase words that end a hard-wrapped line in the middle of a sentence (`the`, `of`).
  public var wrapEndings: Set<String> = []

  public init() {}

  /// The lexicon written in `text`, read from the file `path` (used in messages).
  /// - Throws: `SegmenterLexiconError.malformedLine` for a word before any section, an unknown
  ///   section, or a line holding a space.
  public init(parsing text: String, path: String) throws {
    var section: Section?
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[") {
        guard line.hasSuffix("]"), let named = Section(rawValue: String(line.dropFirst().dropLast())) else {
          let names = Section.allCases.map { "[\($0.rawValue)]" }.joined(separator: ", ")
          throw SegmenterLexiconError.malformedLine(path: path, line: index + 1, reason: "unknown section \(line); expected one of \(names)")
        }
        section = named
        continue
      }
      guard let section else {
        throw SegmenterLexiconError.malformedLine(path: path, line: index + 1, reason: "word \"\(line)\" before any [section]")
      }
      guard !line.contains(where: \.isWhitespace) else {
        throw SegmenterLexiconError.malformedLine(path: path, line: index + 1, reason: "\"\(line)\" holds a space; write one word per line")
      }
      let word = line.hasSuffix(".") ? String(line.dropLast()) : line
      switch section {
      case .neverEnds: neverEnds.insert(word)
      case .endsBeforeOpener: endsBeforeOpener.insert(word)
      case .openers: openers.insert(word)
      case .wrapEndings: wrapEndings.insert(word)
      }
    }
  }

  /// The lexicon in the file at `path`.
  /// - Throws: `SegmenterLexiconError`, with `path` as given.
  public init(contentsOfFile path: String) throws {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw SegmenterLexiconError.unreadable(path: path, reason: "no such file or no permission")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw SegmenterLexiconError.unreadable(path: path, reason: "not UTF-8 text")
    }
    try self.init(parsing: text, path: path)
  }

  /// Whether `word` is in `set` as written or with its first letter lowercased.
  static func contains(_ word: String, in set: Set<String>) -> Bool {
    if set.contains(word) { return true }
    let utf8 = word.utf8
    guard let first = utf8.first else { return false }
    if first &- 0x41 < 26 {
      // ASCII, the common case: the short word is rebuilt in place, without Unicode case mapping.
      let lowered = String(unsafeUninitializedCapacity: utf8.count) { buffer in
        _ = buffer.initialize(from: utf8)
        buffer[0] = first | 0x20
        return utf8.count
      }
      return set.contains(lowered)
    }
    guard first >= 0x80, let scalar = word.unicodeScalars.first, ScalarClass.isUppercase(scalar) else { return false }
    return set.contains(word.prefix(1).lowercased() + word.dropFirst())
  }
}
