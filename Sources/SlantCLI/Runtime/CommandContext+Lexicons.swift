import Foundation
import SlantCore
import SlantTerminal

extension CommandContext {
  /// The options of every command that matches lexicons, so that all load them the same way.
  public static let lexiconOptions: [OptionSpec] = [
    .value("lexicon", "PATH", repeatable: true, help: "Add a lexicon file or folder (.txt, or LIWC .dic) to the defaults; repeatable."),
    .value(
      "lexicons", "DIR",
      help: "Use the lexicons in DIR instead of the defaults: lexicons/ in the current folder when there is one, else the set built into slant."),
    .flag("no-learned", help: "Ignore \(learnedModelPath): probabilities from the defaults' own model."),
  ]

  /// Where `slant lexicon learn` writes the sentence model, relative to the workspace.
  public static let learnedModelPath = "learned/model.txt"

  /// The folder of the workspace's own lexicons, used instead of the built-in set when it exists.
  public var defaultLexicons: String { PathName.resolved(BundledDefaults.lexiconFolder, against: workspace) }

  /// Where the default lexicons come from for these options.
  public func lexiconSource(_ arguments: ParsedArguments) -> LexiconSource {
    if let folder = arguments.value("lexicons") { return .folder(folder) }
    return PathName.isDirectory(defaultLexicons) ? .folder(defaultLexicons) : .builtIn
  }

  /// How a person is told which lexicons the options name: the source and each `--lexicon PATH`.
  public func lexiconNames(_ arguments: ParsedArguments) -> [String] {
    [lexiconSource(arguments).name(relativeTo: workspace)] + arguments.allValues("lexicon").map { PathName.relative($0, to: workspace) }
  }

  /// The lexicons the options name, with every problem met: the defaults (or `--lexicons DIR`)
  /// and each `--lexicon PATH`.
  public func readLexicons(_ arguments: ParsedArguments) -> (lexicons: [Lexicon], problems: [LexiconError]) {
    let loader = LexiconLoader(workspace: workspace)
    let defaults =
      switch lexiconSource(arguments) {
      case .folder(let folder): loader.load([folder])
      case .builtIn: loader.loadBundled()
      }
    let added = loader.load(arguments.allValues("lexicon"))
    return (defaults.lexicons + added.lexicons, defaults.problems + added.problems)
  }

  /// The lexicons the options name. Problems in them are reported on standard error and their
  /// lines skipped; a lexicon path that does not exist, or no entry at all, is an error.
  /// - Returns: the lexicons and how many problems were reported.
  public func loadLexicons(_ arguments: ParsedArguments) throws -> (lexicons: [Lexicon], problems: Int) {
    let (lexicons, problems) = readLexicons(arguments)
    if let missing = problems.first(where: { if case .missing = $0 { true } else { false } }) { throw missing }
    for problem in problems { console.report("\(problem)") }
    guard lexicons.contains(where: { !$0.entries.isEmpty }) else {
      throw UsageError.invalid(
        "no lexicon entries in \(lexiconNames(arguments).joined(separator: ", ")); see lexicons/README.md", command: arguments.command)
    }
    return (lexicons, problems.count)
  }

  /// The `--lexicons DIR` option alone, for commands that split sentences but match no lexicon,
  /// so that they read the same `abbreviations.list` as scoring.
  public static let segmenterOption = OptionSpec.value(
    "lexicons", "DIR", help: "Read abbreviations.list from DIR instead of lexicons/ (sentences split as scoring splits them).")

  /// The sentence segmenter of this workspace: `abbreviations.list` in `--lexicons DIR` or in the
  /// default lexicons folder, else the built-in word lists. Every command that splits sentences
  /// gets it here, so that sentence indices agree between `slant sentences`, scoring and sidecars.
  /// - Throws: `SegmenterLexiconError`, naming the file relative to the workspace, when it
  ///   exists but cannot be read or parsed.
  public func segmenter(_ arguments: ParsedArguments) throws -> SentenceSegmenter {
    let folder = arguments.value("lexicons") ?? defaultLexicons
    let path = folder.hasSuffix("/") ? folder + Self.segmenterFileName : folder + "/" + Self.segmenterFileName
    guard PathName.isDirectory(folder), PathName.exists(path) else { return SentenceSegmenter() }
    let shown = PathName.relative(path, to: workspace)
    let text: String
    do {
      text = try TextFileReader.text(atPath: path)
    } catch {
      throw SegmenterLexiconError.unreadable(path: shown, reason: "\(error)")
    }
    return SentenceSegmenter(lexicon: try SegmenterLexicon(parsing: text, path: shown))
  }

  /// The name of the segmenter's word lists in a lexicons folder.
  static let segmenterFileName = "abbreviations.list"

  /// A scorer built from the lexicons the options name (see `loadLexicons`), splitting
  /// sentences with the workspace's segmenter (see `segmenter`), reading context with the
  /// workspace's context lists (see `readContextLexicon`), with the model people taught in
  /// `learned/model.txt` when there is one (and `--no-learned` is not given).
  public func scorer(_ arguments: ParsedArguments) throws -> (scorer: Scorer, problems: Int) {
    let (lexicons, problems) = try loadLexicons(arguments)
    let senses = loadContextLexicon(arguments)
    return (Scorer(lexicons: lexicons, segmenter: try segmenter(arguments), model: try sentenceModel(arguments), senses: senses.lexicon), problems + senses.problems)
  }

  /// The context lists the options name (`lexicons/context/*.list`): the built-in files, each
  /// replaced by a file of its name in the `context` folder of the defaults' folder (`--lexicons
  /// DIR` or the workspace's `lexicons/`), then of each `--lexicon` folder (`LexiconLoader.loadContext`).
  public func readContextLexicon(_ arguments: ParsedArguments) -> (lexicon: ContextLexicon, problems: [LexiconError]) {
    var folders = arguments.allValues("lexicon").filter { PathName.isDirectory(PathName.resolved($0, against: workspace)) }
    if case .folder(let folder) = lexiconSource(arguments) { folders.insert(folder, at: 0) }
    return LexiconLoader(workspace: workspace).loadContext(lexiconFolders: folders)
  }

  /// The context lists the options name, with their problems reported on standard error (the
  /// rules then run with what was read).
  public func loadContextLexicon(_ arguments: ParsedArguments) -> (lexicon: ContextLexicon, problems: Int) {
    let (lexicon, problems) = readContextLexicon(arguments)
    for problem in problems { console.report("\(problem)") }
    return (lexicon, problems.count)
  }

  /// The learned sentence model, or the defaults' own when none was learned or it is switched off.
  public func sentenceModel(_ arguments: ParsedArguments) throws -> SentenceModel {
    let path = PathName.resolved(Self.learnedModelPath, against: workspace)
    guard !arguments.has("no-learned"), FileManager.default.fileExists(atPath: path) else { return .defaults }
    let text: String
    do { text = try TextFileReader.text(atPath: path) } catch { throw LearningError.unreadable(path: Self.learnedModelPath, reason: "\(error)") }
    return try SentenceModelFile.model(parsing: text, path: Self.learnedModelPath)
  }
}
