import SlantCore
import SlantTerminal

extension CommandContext {
  /// The corpus loader for this workspace. The one place commands get documents from.
  public func corpusLoader() -> CorpusLoader {
    let store = annotationStore()
    return CorpusLoader(workspace: workspace, manifest: manifestOverride, sidecarMetadata: { store.metadata(for: $0) })
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
    let loader = corpusLoader()
    let listing = loader.list(paths)
    var tally = BatchTally(skipped: listing.problems.count)
    for problem in listing.problems { console.report("\(problem)") }
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
