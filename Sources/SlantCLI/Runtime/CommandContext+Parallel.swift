import Dispatch
import Foundation
import SlantCore
import SlantTerminal

extension CommandContext {
  /// Files handled per parallel window: enough to keep every core busy, few enough that memory
  /// stays flat however many files there are.
  static let parallelWindow = 256

  /// Reads the documents under `paths` and runs `transform` on each, `pathJobs` at once, a window of
  /// files at a time, then hands the results to `emit` in input order, so that output is the
  /// same on any machine. While one window's results are emitted the next window is already
  /// being read and transformed, so the cores do not wait for the writing (when `emit` throws,
  /// that window still finishes in the background and is dropped). Bad files are reported on
  /// standard error and skipped; a progress bar is drawn on standard error when it is a terminal.
  /// The batch ends with its summary line (see `close`), counting sentences with `sentences`
  /// when given, unless `summarizing` is false (the shell loading its documents).
  /// - Returns: `ExitStatus.partial` when anything was skipped, `failure` when nothing was read.
  public func mapDocumentsInParallel<Output: Sendable>(
    in paths: [String], _ transform: @escaping @Sendable (Document) -> Output, sentences: ((Output) -> Int)? = nil,
    summarizing: Bool = true, emit: (Output) throws -> Void
  ) rethrows -> Int32 {
    let loader = corpusLoader()
    let listing = loader.list(paths)
    var tally = BatchTally(skipped: listing.problems.count, sentences: sentences.map { _ in 0 })
    for problem in listing.problems { console.report("\(problem)") }
    reportOtherFiles(of: listing)
    for warning in listing.warnings { console.report("\(warning)") }
    var progress = ProgressBar(total: listing.files.count, console: console)
    let windows = stride(from: 0, to: listing.files.count, by: Self.parallelWindow).map { start in
      Array(listing.files[start..<min(start + Self.parallelWindow, listing.files.count)])
    }
    let process: @Sendable (CorpusFile) -> Result<(outputs: [Output], problems: [CorpusError], bytes: Int, firstNonUTF8Byte: Int?), Error> = { file in
      Result {
        let (documents, problems) = try loader.documents(in: file)
        return (documents.map(transform), problems, documents.reduce(0) { $0 + $1.text.utf8.count }, documents.first?.source.firstNonUTF8Byte)
      }
    }
    let jobs = pathJobs
    var pending = windows.first.map { PendingWindow($0, jobs: jobs, process) }
    for index in windows.indices {
      guard let results = pending?.results() else { break }
      pending = index + 1 < windows.count ? PendingWindow(windows[index + 1], jobs: jobs, process) : nil
      for (file, result) in zip(windows[index], results) {
        switch result {
        case .success(let (outputs, problems, bytes, firstNonUTF8Byte)):
          if let offset = firstNonUTF8Byte { reportDecoding(of: file, firstNonUTF8Byte: offset) }
          for problem in problems { console.report("\(problem)") }
          tally.skipped += problems.count
          tally.read += outputs.count
          for output in outputs {
            if let sentences { tally.sentences? += sentences(output) }
            try emit(output)
          }
          progress.advance(bytes: bytes)
        case .failure(let error):
          console.report("\(error)")
          tally.skipped += 1
          progress.advance(bytes: 0)
        }
      }
    }
    progress.finish()
    return summarizing ? close(tally, paths: paths) : ExitStatus.of(tally)
  }

  /// `transform` applied to every element, on at most `jobs` threads, results in input order.
  /// Each thread takes the next element when it is done with one, so that long documents do
  /// not hold the others up.
  static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], jobs: Int, _ transform: @Sendable (Input) -> Output) -> [Output] {
    guard jobs > 1, inputs.count > 1 else { return inputs.map(transform) }
    var results = [Output?](repeating: nil, count: inputs.count)
    let next = NextIndex(below: inputs.count)
    results.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: min(jobs, inputs.count)) { _ in
        while let index = next.take() { slots[index] = transform(inputs[index]) }
      }
    }
    return results.map { $0! }
  }
}

/// The next element to work on, shared by the threads of `CommandContext.map`.
///
/// Unchecked `Sendable`: `next` is read and changed only while holding `lock`.
private final class NextIndex: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0
  private let count: Int

  init(below count: Int) { self.count = count }

  /// An index not handed out before, or nil when all have been.
  func take() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < count else { return nil }
    next += 1
    return next - 1
  }
}

/// One window's results, computed on `jobs` threads in the background from the moment it is made,
/// so that the caller can emit the previous window meanwhile.
///
/// Unchecked `Sendable`: `computed` is written once, by the background job, before it signals
/// `finished`, and read only after `results()` has waited for that signal.
private final class PendingWindow<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  private var computed: [Output] = []
  private let finished = DispatchSemaphore(value: 0)

  init(_ inputs: [Input], jobs: Int, _ transform: @escaping @Sendable (Input) -> Output) {
    DispatchQueue.global().async {
      self.computed = CommandContext.map(inputs, jobs: jobs, transform)
      self.finished.signal()
    }
  }

  /// The results in input order, once every one of them is ready.
  func results() -> [Output] {
    finished.wait()
    return computed
  }
}
