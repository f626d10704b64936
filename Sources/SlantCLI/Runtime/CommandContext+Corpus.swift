import SlantCore
import SlantTerminal

extension CommandContext {
  /// The corpus loader for this workspace. The one place commands get documents from.
  public func corpusLoader() -> CorpusLoader {
    let store = annotationStore()
    var loader = CorpusLoader(workspace: workspace, manifest: manifestOverride, sidecarMetadata: { store.metadata(for: $0) })
    loader.isEncodingStrict = isEncodingStrict
    return loader
  }

  /// The `--strict-encoding` flag of every command that reads a corpus.
  public static let strictEncodingOption = OptionSpec.flag(
    "strict-encoding", help: "Refuse documents that are not UTF-8 (or UTF-16 with a BOM) instead of reading them as Windows-1252.")

  /// Reports, once per file, a document read as Windows-1252: the first byte that was not UTF-8.
  func reportDecoding(of file: CorpusFile, firstNonUTF8Byte offset: Int) {
    console.report("warning: \(file.path): not valid UTF-8 at byte \(offset); read as Windows-1252 (--strict-encoding refuses it)")
  }

  /// Reports the files of other kinds a listing found in its folders, in one line.
  func reportOtherFiles(of listing: CorpusListing) {
    if let summary = listing.otherFilesSummary { console.report(summary) }
  }

  package static let manifestOption = OptionSpec.value(
    "manifest", "FILE", help: "Read document metadata from FILE (CSV with a path column) instead of the nearest manifest.csv.")

  /// The grouping `--by FIELD` names (outlets by default); a usage error for a name that cannot be a field.
  package static func grouping(_ arguments: ParsedArguments, command: String) throws -> ComparisonGrouping {
    guard let name = arguments.value("by") else { return .outlet }
    guard DocumentMetadata.isFieldName(name.lowercased()) else {
      throw UsageError.invalid("--by needs a metadata field name such as outlet, country or document, not '\(name)'", command: command)
    }
    return ComparisonGrouping(parsing: name)
  }

  /// Takes `--manifest FILE`, when given, for the corpus loader.
  public mutating func useManifestOption(from arguments: ParsedArguments) {
    if let path = arguments.value("manifest") { manifestOverride = path }
  }

  /// The paths a command was given, or the bundled seeds when it was given none.
  public func corpusPaths(_ arguments: ParsedArguments) -> [String] {
    arguments.positionals.isEmpty ? [defaultCorpus] : arguments.positionals
  }

  /// Reads every document under `paths` one file at a time, so that memory stays flat, calling
  /// `body` for each; problems are reported on standard error as they are met and the batch goes
  /// on. Returns `ExitStatus.partial` when anything was skipped, `failure` when nothing was read.
  public func forEachDocument(in paths: [String], _ body: (Document) throws -> Void) rethrows -> Int32 {
    try forEachDocument(in: paths, countingSentences: false) { document in
      try body(document)
      return 0
    }
  }

  /// `forEachDocument`, with `body` returning how many sentences the document has, for the
  /// batch's summary line.
  public func forEachDocument(in paths: [String], countingSentences body: (Document) throws -> Int) rethrows -> Int32 {
    try forEachDocument(in: paths, countingSentences: true, body)
  }

  private func forEachDocument(in paths: [String], countingSentences: Bool, _ body: (Document) throws -> Int) rethrows -> Int32 {
    let loader = corpusLoader()
    let listing = loader.list(paths)
    var tally = BatchTally(skipped: listing.problems.count, sentences: countingSentences ? 0 : nil)
    for problem in listing.problems { console.report("\(problem)") }
    reportOtherFiles(of: listing)
    for warning in listing.warnings { console.report("\(warning)") }
    for file in listing.files {
      let result: (documents: [Document], problems: [CorpusError])
      do {
        result = try loader.documents(in: file)
      } catch {
        console.report("\(error)")
        tally.skipped += 1
        continue
      }
      if let offset = result.documents.first?.source.firstNonUTF8Byte { reportDecoding(of: file, firstNonUTF8Byte: offset) }
      for problem in result.problems { console.report("\(problem)") }
      tally.skipped += result.problems.count
      for document in result.documents {
        let sentences = try body(document)
        tally.sentences? += sentences
        tally.read += 1
      }
    }
    return close(tally, paths: paths)
  }
}
