import Foundation
import SlantCore
import SlantTerminal

extension CommandSpec {
  /// `slant` with no arguments: scores the seeds and shows the text view, then compares the
  /// seeds' two outlets, warning that two articles are far too little text for the figures.
  /// Outside a workspace with `seeds/`, it uses the two articles built into the binary.
  static let mainJob = CommandSpec(
    name: "", summary: "Score the sample articles in seeds/, show each sentence with its label and reason, then compare their outlets."
  ) { _, context in
    guard PathName.isDirectory(context.defaultCorpus) else { return try runOnBundledSeeds(&context) }
    var arguments = ParsedArguments(command: "score")
    arguments.positionals = [context.defaultCorpus]
    let scoreStatus = try CommandSpec.score.run(arguments, &context)
    context.console.writeText(
      """
      Comparing the seeds' two outlets. Two documents, one per outlet, are far too
      little text for these figures to mean much: they show what 'slant compare'
      reports, not a finding.


      """)
    arguments.command = "compare"
    let compareStatus = try CommandSpec.compare.run(arguments, &context)
    return max(scoreStatus, compareStatus)
  }

  /// Runs the main job on the seeds built into the binary, written to a temporary workspace
  /// (removed afterwards) so that documents keep their ids `seeds/…`; lexicons are still the
  /// ones this workspace would use.
  private static func runOnBundledSeeds(_ context: inout CommandContext) throws -> Int32 {
    let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("slant-seeds-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: temporary) }
    do {
      _ = try BundledDefaults.write(BundledDefaults.seedFolder, to: temporary + "/" + BundledDefaults.seedFolder)
    } catch let failure as DurableFile.Failure {
      throw CorpusError.unreadable(path: failure.path, reason: "cannot write the built-in seeds: \(failure.reason)")
    }
    context.console.report("no seeds/ here: scoring the two sample articles built into slant")
    var inner = context
    inner.workspace = temporary
    var arguments = ParsedArguments(command: "")
    if case .folder(let folder) = context.lexiconSource(arguments) { arguments.values["lexicons"] = [PathName.absolute(folder)] }
    let status = try mainJob.run(arguments, &inner)
    context.console = inner.console
    return status
  }
}
