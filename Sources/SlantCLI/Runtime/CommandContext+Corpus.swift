import SlantCore
import SlantTerminal

extension CommandContext {
  /// The corpus loader for this workspace. The one place commands get documents from.
  public func corpusLoader() -> CorpusLoader {
    let store = annotationStore()
    return CorpusLoader(workspace: workspace, sidecarMetadata: { store.metadata(for: $0) })
  }

  /// The paths a command was given, or the bundled seeds when it was given none.
  public func corpusPaths(_ arguments: ParsedArguments) -> [String] {
    arguments.positionals.isEmpty ? [defaultCorpus] : arguments.positionals
  }

  /// Reads every document under `paths` one file at a time, so that memory stays flat, calling
  /// `body` for each; problems are reported on standard error as they are met and the batch goes
  /// on. Returns `ExitStatus.partial` when anything was skipped, `failure` when nothing was read.
  public func forEachDocument(in paths: [String], _ body: (Document) throws -> Void) rethrows -> Int32 {
    let loader = corpusLoader()
    let listing = loader.list(paths)
    var tally = BatchTally(skipped: listing.problems.count)
    for problem in listing.problems { console.report("\(problem)") }
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
      for problem in result.problems { console.report("\(problem)") }
      tally.skipped += result.problems.count
      for document in result.documents {
        try body(document)
        tally.read += 1
      }
    }
    return close(tally)
  }
}
