import Foundation
import SlantCLI
import SlantCore
import SlantTerminal

/// The interactive shell over an open corpus: the documents, their scores and sidecars, where
/// the reader stands, and the undo journal. It takes one line at a time (`handle(_:)`), runs it
/// through the one command grammar (the shell's own commands first, then every `slant`
/// subcommand) and writes to its console, so that tests drive it with lines and read what it
/// printed. Every change is saved through the annotation store before the next line is read.
public struct Session {
  public var context: CommandContext
  /// The corpus paths the shell opened, handed to subcommands typed without a path.
  public let paths: [String]
  var documents: [SessionDocument]
  /// The document shown, as an index into `documents`.
  var documentIndex = 0
  /// The sentence shown, as its zero-based index in the document.
  var sentenceIndex = 0
  /// Who is annotating.
  public let annotator: String
  var labels: LabelSet
  let lexiconArguments: ParsedArguments
  var lexicons: [Lexicon]
  /// Splits every document, as scoring does (see `CommandContext.segmenter`).
  let segmenter: SentenceSegmenter
  /// The context rules' word lists, as scoring reads them (see `CommandContext.readContextLexicon`).
  let senses: ContextLexicon
  let scores: ScoreCache
  var journal: Journal
  let input: any ShellInput
  /// How many command lines failed; a piped script exits 1 when there were any.
  public private(set) var failedCommands = 0
  /// Set by `quit`.
  var isFinished = false
  /// The journal records of the changes made in this session, so that `undo` asks before taking
  /// back one from an earlier session.
  var recordsThisSession: Set<String> = []
  /// The annotation this annotator last added or changed, so that a `note` typed after it
  /// attaches to it (a span included) rather than to the sentence.
  var lastEdited: (document: Int, annotationID: String)?
  /// The position last saved for this annotator (`savePosition`).
  var savedPosition: ReadingPosition?
  /// Whether the shell reopened where this annotator stopped last time.
  var isResumed = false

  /// Opens the corpus under `paths`, reading every document, its sentences and its sidecar (a
  /// progress bar is drawn on a terminal); scoring happens on first use and in the background.
  public init(paths: [String], context: CommandContext, annotator: String, lexiconArguments: ParsedArguments, input: any ShellInput) throws {
    self.context = context
    self.paths = paths
    self.annotator = annotator
    self.lexiconArguments = lexiconArguments
    self.input = input
    lexicons = try context.loadLexicons(lexiconArguments).lexicons
    let segmenter = try context.segmenter(lexiconArguments)
    self.segmenter = segmenter
    senses = context.loadContextLexicon(lexiconArguments).lexicon
    labels = try context.labelSet()
    let store = context.annotationStore()
    var loaded: [SessionDocument] = []
    _ = context.mapDocumentsInParallel(in: paths, { SessionDocument(document: $0, store: store, segmenter: segmenter) }, summarizing: false) { loaded.append($0) }
    guard !loaded.isEmpty else { throw SessionError.noDocuments(paths: paths) }
    documents = loaded
    scores = ScoreCache(documents: loaded.map(\.document), scorer: Scorer(lexicons: lexicons, segmenter: segmenter, senses: senses))
    journal = Journal(path: PathName.resolved(".slant/journal.jsonl", against: context.workspace), annotator: annotator)
    for problem in journal.load() { context.console.report("\(problem)") }
    for document in loaded { if let problem = document.sidecarProblem { context.console.report("\(problem)") } }
    scores.startInBackground()
    isResumed = restorePosition()
  }

  /// Reads and runs lines until `quit` or the end of input, and returns the exit status: 0, or
  /// for a piped script 1 when any line failed.
  public mutating func run() -> Int32 {
    printOrientation()
    while !isFinished {
      context.console.flush()
      guard case .line(let line) = input.line(prompt: prompt) else { break }
      handle(line)
      if let failure = (input as? TerminalInput)?.takeHistoryFailure() { context.console.report("\(failure)") }
    }
    context.console.flush()
    return !input.isInteractive && failedCommands > 0 ? ExitStatus.failure : ExitStatus.success
  }

  /// Runs one line typed at the prompt, printing any error on one line and counting it.
  public mutating func handle(_ line: String) {
    do {
      var words = try Words.split(line)
      if words.first == "slant" { words.removeFirst() }
      if !words.isEmpty { try dispatch(words) }
      savePosition()
    } catch let error as UsageError {
      // At the prompt, help is 'help', not 'slant help'.
      context.console.report("\(error)".replacingOccurrences(of: "see 'slant help", with: "see 'help"))
      failedCommands += 1
    } catch {
      context.console.report("\(error)")
      failedCommands += 1
    }
    context.console.flush()
  }

  /// How many documents are scored so far, of how many; the rest are scored in the background.
  public var scoringProgress: (scored: Int, total: Int) { scores.progress }

  /// The prompt: outlet, document i/n, sentence k/m, sentences annotated in this document.
  public var prompt: String {
    let entry = documents[documentIndex]
    let annotated = entry.annotationsBySentence().count
    let color = context.console.outputUsesColor && input.isInteractive
    let place = "\(entry.document.outlet) \(documentIndex + 1)/\(documents.count) · s\(sentenceIndex)/\(entry.sentences.count) · \(annotated) annotated"
    return ANSIStyle.bold.apply(place, enabled: color) + "> "
  }
}

extension Session {
  var output: OutputSink { context.console.output }
  var store: AnnotationStore { context.annotationStore() }
  var usesColor: Bool { context.console.outputUsesColor }
  /// The width to wrap to: the terminal's as it is now, else the console's.
  var width: Int { input.isInteractive ? Console.terminalWidth(environment: context.environment) : context.console.width }
  var current: SessionDocument { documents[documentIndex] }

  mutating func dispatch(_ words: [String]) throws {
    let (spec, consumed) = try SessionCommandTable.parser.resolve(words)
    guard let command = SessionCommandTable.byName[spec.name] else {
      try runSubcommand(words, spec: spec)
      return
    }
    let arguments = try SessionCommandTable.parser.parseArguments(Array(words.dropFirst(consumed)), for: spec)
    if arguments.has("help") {
      output.write(HangingWrapper.fit(HelpText.command(spec, program: ""), width: width))
      return
    }
    try command.perform(arguments, &self)
  }

  /// Runs a `slant` subcommand with the shell's console, on the open corpus when it takes paths
  /// and none were typed, then re-reads the current sidecar in case the command changed it.
  mutating func runSubcommand(_ words: [String], spec: CommandSpec) throws {
    var words = words
    if spec.arguments.hasPrefix("[PATH"), let parsed = try? context.commands.parse(words), parsed.arguments.positionals.isEmpty,
      !parsed.arguments.has("help")
    {
      words += ["--"] + paths
    }
    let status = CommandRunner.run(words, context: &context)
    refresh(documentIndex)
    if status != ExitStatus.success { failedCommands += 1 }
  }

  /// Prints the one-screen orientation shown when the shell starts.
  func printOrientation() {
    var outlets: [String: Int] = [:]
    var sentences = 0, annotated = 0
    for entry in documents {
      outlets[entry.document.outlet, default: 0] += 1
      sentences += entry.sentences.count
      annotated += Set(entry.annotations.compactMap { $0.isOrphaned ? nil : $0.target.sentenceIndex }).count
    }
    let outletList = outlets.keys.sorted().prefix(8).map { "\($0) \(outlets[$0]!)" }.joined(separator: ", ") + (outlets.count > 8 ? ", …" : "")
    var text = ANSIStyle.bold.apply("slant shell", enabled: usesColor) + " — annotating as \(annotator)\n"
    text += "  \(Self.count(documents.count, "document")) from \(Self.count(outlets.count, "outlet")): \(outletList)\n"
    text += "  \(Self.count(sentences, "sentence")), \(annotated) annotated\n"
    if isResumed { text += "  reopened at \(place(sentenceIndex, in: documentIndex)), where you stopped\n" }
    text += "  'show' reads the current sentence, 'next' moves on, 'review' walks the scorer's suggestions;\n"
    text += "  'help' lists every command. Changes are saved as you make them; 'undo' takes them back.\n"
    output.write(HangingWrapper.fit(text, width: width))
  }

  static func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }

  /// Re-reads the sidecar of document `index`, so that changes by other writers show.
  mutating func refresh(_ index: Int) {
    do {
      documents[index].snapshot = try store.load(documents[index].document.id)
      documents[index].sidecarProblem = nil
    } catch let error as AnnotationError {
      documents[index].snapshot = nil
      documents[index].sidecarProblem = error
    } catch {
      documents[index].sidecarProblem = .unreadable(path: store.sidecarPath(for: documents[index].document.id), reason: "\(error)")
    }
  }
}
