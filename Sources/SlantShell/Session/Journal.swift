#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import SlantCLI
import SlantCore
import SlantTerminal

/// The shell's undo journal, `.slant/journal.jsonl` in the workspace: one JSON object per line,
/// appended and flushed to disk after each change is saved, so that `undo` and `redo` cover every
/// change, across documents and across restarts. Each annotator has their own undo history
/// within the file. A line that does not parse is reported and skipped, never dropped.
///
/// Every append holds an exclusive lock on `journal.jsonl.lock`, so that two shells open on one
/// workspace append one whole line at a time and never lose a line to a compaction. When the
/// file grows past `sizeLimit` bytes it is compacted under that lock: each annotator's history
/// is rewritten as the fewest lines that give the same undo and redo stacks, keeping each
/// annotator's newest changes, in turn, up to half the limit, and the new file replaces the old
/// one atomically. A running shell keeps its own stacks in memory until it quits, each holding
/// the newest `JournalStacks.defaultLimit` changes at the most.
struct Journal {
  /// Past this size, in bytes, the journal is compacted.
  static let defaultSizeLimit = 4_000_000

  /// The journal file.
  let path: String
  let annotator: String
  let sizeLimit: Int
  private var stacks: JournalStacks

  /// Changes that can be undone, oldest first.
  var done: [JournalRecord] { stacks.done }
  /// Changes undone that can be redone, most recently undone last.
  var undone: [JournalRecord] { stacks.undone }

  /// The journal at `path` for `annotator`, empty until `load()`, whose undo history holds at
  /// most `changeLimit` changes.
  init(path: String, annotator: String, sizeLimit: Int = Journal.defaultSizeLimit, changeLimit: Int = JournalStacks.defaultLimit) {
    self.path = path
    self.annotator = annotator
    self.sizeLimit = sizeLimit
    stacks = JournalStacks(limit: changeLimit)
  }

  /// Replays the journal file and returns the lines it had to skip. A journal left larger than
  /// the limit (by an older Slant) is compacted first.
  mutating func load() -> [SessionError] {
    if Self.size(of: path) > sizeLimit { try? withLock { try compact() } }
    guard let bytes = try? TextFileReader.bytes(atPath: path) else { return [] }
    let parsed = Self.parse(bytes)
    for record in parsed.records where record.annotator == annotator { stacks.replay(record) }
    return parsed.malformedLines.map { .journalMalformed(path: path, line: $0.number, reason: "not a journal record") }
  }

  /// Records a change that was just saved.
  mutating func recordApplied(_ edits: [AnnotationEdit], to document: DocumentID, summary: String) throws {
    let record = JournalRecord(action: .apply, id: Annotation.newID(), annotator: annotator, document: document, summary: summary, edits: edits)
    try append(record)
    stacks.replay(record)
  }

  /// Records that the newest done change was undone.
  mutating func recordUndo(of record: JournalRecord) throws {
    let line = JournalRecord(action: .undo, id: record.id, annotator: annotator)
    try append(line)
    stacks.replay(line)
  }

  /// Records that the most recently undone change was redone.
  mutating func recordRedo(of record: JournalRecord) throws {
    let line = JournalRecord(action: .redo, id: record.id, annotator: annotator)
    try append(line)
    stacks.replay(line)
  }
}

private extension Journal {
  static var decoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }

  static func encoded(_ record: JournalRecord) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return JSONBytes.escapingLineSeparators(try encoder.encode(record)) + [0x0A]
  }

  /// The records of a journal file in order, and the lines that are not records, kept as read.
  static func parse(_ bytes: [UInt8]) -> (records: [JournalRecord], malformedLines: [(number: Int, bytes: ArraySlice<UInt8>)]) {
    var records: [JournalRecord] = [], malformed: [(number: Int, bytes: ArraySlice<UInt8>)] = []
    let decoder = Self.decoder
    for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
      if let record = try? decoder.decode(JournalRecord.self, from: Data(line)) {
        records.append(record)
      } else {
        malformed.append((index + 1, line))
      }
    }
    return (records, malformed)
  }

  static func size(of path: String) -> Int {
    var status = stat()
    return stat(path, &status) == 0 ? Int(status.st_size) : 0
  }

  func withLock<Result>(_ body: () throws -> Result) throws -> Result {
    do {
      return try DurableFile.withExclusiveLock(on: path, body)
    } catch let failure as DurableFile.Failure {
      throw SessionError.journalUnwritable(path: failure.path, reason: failure.reason)
    }
  }

  /// Appends one line with a single write and flushes it to disk, under the lock, creating
  /// `.slant/` if needed; then compacts the file when it has grown past the limit.
  func append(_ record: JournalRecord) throws {
    let line: [UInt8]
    do {
      line = try Self.encoded(record)
    } catch {
      throw SessionError.journalUnwritable(path: path, reason: "\(error)")
    }
    try withLock {
      let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else { throw SessionError.journalUnwritable(path: path, reason: String(cString: strerror(errno))) }
      defer { close(descriptor) }
      let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      guard written == line.count, fsync(descriptor) == 0 else {
        let reason = written >= 0 && written < line.count ? "the disk is full" : String(cString: strerror(errno))
        // A partial line would spoil the next one: cut the file back to where it was.
        if written > 0 { ftruncate(descriptor, off_t(Self.size(of: path) - written)) }
        throw SessionError.journalUnwritable(path: path, reason: reason)
      }
      if Self.size(of: path) > sizeLimit { try compact() }
    }
  }

  /// Rewrites the journal as each annotator's stacks, newest changes first within half the
  /// limit shared fairly, lines that do not parse kept at the top. Call it holding the lock.
  func compact() throws {
    guard let bytes = try? TextFileReader.bytes(atPath: path) else { return }
    let parsed = Self.parse(bytes)
    var stacksByAnnotator: [String: JournalStacks] = [:]
    var annotators: [String] = []
    for record in parsed.records {
      if stacksByAnnotator[record.annotator] == nil { annotators.append(record.annotator) }
      stacksByAnnotator[record.annotator, default: JournalStacks(limit: stacks.limit)].replay(record)
    }
    var budget = sizeLimit / 2
    var output: [UInt8] = []
    for line in parsed.malformedLines {
      output += line.bytes
      output.append(0x0A)
      budget -= line.bytes.count + 1
    }
    // Keep the newest changes: undone ones first (a redo is the likeliest next step), then the
    // done ones from the newest back, as long as they fit.
    var kept: [String: JournalStacks] = [:]
    for annotator in annotators {
      var keep = JournalStacks()
      for record in stacksByAnnotator[annotator]!.undone.reversed() {
        let cost = try Self.encoded(record).count * 2
        guard cost <= budget else { break }
        budget -= cost
        keep.undone.append(record)
      }
      keep.undone.reverse()
      kept[annotator] = keep
    }
    // Then each annotator's done changes from their newest back, one of each in turn, so that
    // one busy shell does not push another person's history out.
    var remaining = annotators.map { stacksByAnnotator[$0]!.done[...] }
    var isFull = Array(repeating: false, count: annotators.count)
    while isFull.contains(false) {
      for (index, annotator) in annotators.enumerated() where !isFull[index] {
        guard let record = remaining[index].popLast() else {
          isFull[index] = true
          continue
        }
        let cost = try Self.encoded(record).count
        guard cost <= budget else {
          isFull[index] = true
          continue
        }
        budget -= cost
        kept[annotator]!.done.append(record)
      }
    }
    for annotator in annotators {
      var keep = kept[annotator]!
      keep.done.reverse()
      for record in keep.lines { output += try Self.encoded(record) }
    }
    do {
      try DurableFile.write(output, to: path)
    } catch {
      throw SessionError.journalUnwritable(path: error.path, reason: error.reason)
    }
  }
}
