import Foundation
import SlantCore

extension CommandContext {
  /// The `--jobs N` option of every command that scores documents in parallel.
  package static let jobsOption = OptionSpec.value("jobs", "N", help: "Work on at most N documents at once (default: every core; 1 on standard input).")

  /// How many documents are worked on at once when reading paths: `--jobs`, else one per core.
  public var pathJobs: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

  /// How many documents are worked on at once on standard input: `--jobs`, else one, because
  /// the engines that pipe into slant (Spark, Hadoop Streaming) already run one task per core.
  public var streamJobs: Int { jobs ?? 1 }

  /// Takes `--jobs N` from `arguments`.
  /// - Throws: `UsageError` when N is not a whole number of at least 1.
  public mutating func useJobsOption(from arguments: ParsedArguments) throws {
    guard let text = arguments.value("jobs") else { return }
    guard let number = Int(text), number >= 1 else {
      throw UsageError.invalid("'--jobs' takes a whole number of at least 1, not '\(text)'", command: arguments.command)
    }
    jobs = number
  }
}
