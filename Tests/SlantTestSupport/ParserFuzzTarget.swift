import Foundation
import SlantCore

/// One parser under fuzzing: sample inputs to mutate, tokens of its format, and a check that
/// runs the parser on an input and returns what went wrong (empty when nothing did). A crash
/// or a hang cannot be returned: the unit tests die or stall on one, and `slant-bench fuzz`
/// counts them from child processes.
public struct ParserFuzzTarget: Sendable {
  public var name: String
  public var samples: [[UInt8]]
  public var tokens: [[UInt8]]
  /// Runs the parser on the input, given a scratch folder for parsers that read files.
  public var check: @Sendable (_ input: [UInt8], _ folder: String) -> [String]

  /// An input that went wrong, and how.
  public struct Finding: Sendable, CustomStringConvertible {
    public var input: [UInt8]
    public var description: String
  }

  /// Runs `count` inputs made from `seed` and returns every one that went wrong.
  public func run(count: Int, seed: UInt64, folder: String) -> [Finding] {
    var mutator = FuzzMutator(seed: seed)
    var findings: [Finding] = []
    for index in 0..<count {
      let input = index < samples.count ? samples[index] : mutator.input(from: samples, tokens: tokens)
      findings += check(input, folder).map { Finding(input: input, description: "\(name) input \(index) (seed \(seed)): \($0)") }
    }
    return findings
  }

  public static let all: [ParserFuzzTarget] = [sidecar, lexicon, liwc, manifest, jsonLines, csv]

  /// Lines in `bytes`, as an editor counts them.
  static func lineCount(_ bytes: [UInt8]) -> Int { bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) } }

  /// A sidecar either reads back equal after a save (upgraded to the current schema version),
  /// byte for byte on the second save, or is refused with a message naming the file.
  public static let sidecar = ParserFuzzTarget(
    name: "sidecar", samples: FuzzSamples.sidecars,
    tokens: ["{", "}", "[", "]", ":", ",", "\"annotations\"", "\"id\"", "\"target\"", "\"position\"", "\"start\"", "null", "true", "1e400", "\"\\u0000\"", "\"\\ud800\"", "\"schemaVersion\" : 2", "\"2024-05-01T09:30:00Z\""].map { Array($0.utf8) }
  ) { input, _ in
    do {
      let sidecar = try SidecarFormat.decode(input, path: "x.json")
      let saved = try SidecarFormat.encode(sidecar)
      let reread = try SidecarFormat.decode(saved, path: "x.json")
      var problems: [String] = []
      var upgraded = sidecar
      upgraded.schemaVersion = Sidecar.currentSchemaVersion
      if reread != upgraded { problems.append("a saved sidecar reads back different") }
      if try SidecarFormat.encode(reread) != saved { problems.append("two saves of one sidecar differ") }
      return problems
    } catch let error as AnnotationError {
      return "\(error)".hasPrefix("x.json") ? [] : ["message does not name the file: \(error)"]
    } catch {
      return ["not an AnnotationError: \(error)"]
    }
  }

  /// Every problem of a lexicon names the file and a line inside it; every entry's line is
  /// inside the file.
  public static let lexicon = ParserFuzzTarget(
    name: "lexicon", samples: FuzzSamples.lexicons,
    tokens: ["[", "]", "[loaded.x] ", "->", " | ", "weight ", "note ", "*", "#", "weight -1", "weight nan", "\u{2019}"].map { Array($0.utf8) }
  ) { input, _ in
    checkLexicon(LexiconParser().parse(String(decoding: input, as: UTF8.self), path: "x.txt"), lines: lineCount(input))
  }

  /// The same for a LIWC dictionary.
  public static let liwc = ParserFuzzTarget(
    name: "liwc", samples: FuzzSamples.liwcDictionaries,
    tokens: ["%", "\t", "1", "999999999999999999999", "*", "(02 134)125/464", "<of>"].map { Array($0.utf8) }
  ) { input, _ in
    checkLexicon(LIWCDictionaryParser().parse(String(decoding: input, as: UTF8.self), path: "x.dic"), lines: lineCount(input))
  }

  /// A folder with a broken manifest is listed whole, each problem naming the manifest.
  public static let manifest = ParserFuzzTarget(
    name: "manifest", samples: FuzzSamples.manifests,
    tokens: [",", "\"", "\"\"", "\r\n", "path", "outlet", "../", "/", "a.txt"].map { Array($0.utf8) }
  ) { input, folder in
    let corpus = folder + "/manifest-corpus"
    try? FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    try? Data("Khan met Putin.".utf8).write(to: URL(fileURLWithPath: corpus + "/a.txt"))
    try? Data(input).write(to: URL(fileURLWithPath: corpus + "/manifest.csv"))
    let listing = CorpusLoader(workspace: folder).list([corpus])
    var problems: [String] = []
    if listing.files.map(\.path) != [corpus + "/a.txt"] { problems.append("listed \(listing.files.map(\.path))") }
    for problem in listing.problems where !problem.description.hasPrefix(corpus + "/manifest.csv") {
      problems.append("problem does not name the manifest: \(problem)")
    }
    return problems
  }

  /// A JSON Lines corpus gives a document or a problem naming the file for each non-blank
  /// line, with unique ids.
  public static let jsonLines = ParserFuzzTarget(
    name: "jsonl", samples: FuzzSamples.jsonLines,
    tokens: ["{", "}", "\"text\"", "\"id\"", ":", ",", "\n", "null", "1e999", "\"\\u0000\"", "\"text\": \"x\", \"text\": \"y\""].map { Array($0.utf8) }
  ) { input, folder in
    let path = folder + "/feed.jsonl"
    try? Data(input).write(to: URL(fileURLWithPath: path))
    do {
      let (documents, problems) = try CorpusLoader(workspace: folder).documents(in: CorpusFile(path: path, format: .jsonLines, inheritedMetadata: DocumentMetadata()))
      var found: [String] = []
      if Set(documents.map(\.id)).count != documents.count { found.append("duplicate document ids") }
      if documents.count + problems.count > lineCount(input) { found.append("more results than lines") }
      for problem in problems where !problem.description.hasPrefix(path + ":") { found.append("problem does not name the file and line: \(problem)") }
      return found
    } catch let error as CorpusError {
      return error.path == path ? [] : ["error does not name the file: \(error)"]
    } catch {
      return ["not a CorpusError: \(error)"]
    }
  }

  /// CSV rows come in order of their lines, or the problem names a line of the text.
  public static let csv = ParserFuzzTarget(
    name: "csv", samples: FuzzSamples.csv,
    tokens: [",", "\"", "\"\"", "\r\n", "\n", "\r", "\u{FEFF}"].map { Array($0.utf8) }
  ) { input, _ in
    let text = String(decoding: input, as: UTF8.self)
    let lines = text.unicodeScalars.reduce(1) { $0 + ($1 == "\n" ? 1 : 0) } + text.unicodeScalars.reduce(0) { $0 + ($1 == "\r" ? 1 : 0) }
    do {
      let rows = try CSVReader().rows(in: text)
      return zip(rows, rows.dropFirst()).allSatisfy { $0.line < $1.line } ? [] : ["rows out of line order"]
    } catch let problem as CSVReader.Problem {
      return (1...lines).contains(problem.line) ? [] : ["problem on line \(problem.line) of \(lines)"]
    } catch {
      return ["not a CSVReader.Problem: \(error)"]
    }
  }

  private static func checkLexicon(_ result: (lexicon: Lexicon, problems: [LexiconError]), lines: Int) -> [String] {
    var found: [String] = []
    for problem in result.problems {
      guard case .malformedLine(let path, let line, _) = problem else { continue }
      if !["x.txt", "x.dic"].contains(path) || !(1...lines).contains(line) { found.append("problem outside the file: \(problem)") }
    }
    for entry in result.lexicon.entries where !(1...lines).contains(entry.line) || entry.words.isEmpty {
      found.append("entry '\(entry.term)' at line \(entry.line) of \(lines)")
    }
    return found
  }
}
