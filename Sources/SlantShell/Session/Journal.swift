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
/// within the file. A line that does not parse is reported and skipped, never rewritten.
struct Journal {
  /// The journal file.
  let path: String
  let annotator: String
  /// Changes that can be undone, oldest first.
  private(set) var done: [JournalRecord] = []
  /// Changes undone that can be redone, most recently undone last.
  private(set) var undone: [JournalRecord] = []

  /// The journal at `path` for `annotator`, empty until `load()`.
  init(path: String, annotator: String) {
    self.path = path
    self.annotator = annotator
  }

  /// Replays the journal file and returns the lines it had to skip.
  mutating func load() -> [SessionError] {
    guard let bytes = try? TextFileReader.bytes(atPath: path) else { return [] }
    var problems: [SessionError] = []
    let decoder = Self.decoder
    for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
      do {
        let record = try decoder.decode(JournalRecord.self, from: Data(line))
        if record.annotator == annotator { replay(record) }
      } catch {
        problems.append(.journalMalformed(path: path, line: index + 1, reason: "not a journal record"))
      }
    }
    return problems
  }

  /// Records a change that was just saved.
  mutating func recordApplied(_ edits: [AnnotationEdit], to document: DocumentID, summary: String) throws {
    let record = JournalRecord(action: .apply, id: Annotation.newID(), annotator: annotator, document: document, summary: summary, edits: edits)
    try append(record)
    replay(record)
  }

  /// Records that the newest done change was undone.
  mutating func recordUndo(of record: JournalRecord) throws {
    let line = JournalRecord(action: .undo, id: record.id, annotator: annotator)
    try append(line)
    replay(line)
  }

  /// Records that the most recently undone change was redone.
  mutating func recordRedo(of record: JournalRecord) throws {
    let line = JournalRecord(action: .redo, id: record.id, annotator: annotator)
    try append(line)
    replay(line)
  }
}

private extension Journal {
  static var decoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }

  mutating func replay(_ record: JournalRecord) {
    switch record.action {
    case .apply:
      done.append(record)
      undone.removeAll()
    case .undo:
      guard let index = done.lastIndex(where: { $0.id == record.id }) else { return }
      undone.append(done.remove(at: index))
    case .redo:
      guard let index = undone.lastIndex(where: { $0.id == record.id }) else { return }
      done.append(undone.remove(at: index))
    }
  }

  /// Appends one line with a single write and flushes it to disk, creating `.slant/` if needed.
  func append(_ record: JournalRecord) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    let line: [UInt8]
    do {
      line = Array(try encoder.encode(record)) + [0x0A]
    } catch {
      throw SessionError.journalUnwritable(path: path, reason: "\(error)")
    }
    let folder = String(path.dropLast(PathName.lastComponent(path).count))
    if !folder.isEmpty, !PathName.isDirectory(folder) {
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw SessionError.journalUnwritable(path: path, reason: String(cString: strerror(errno))) }
    defer { close(descriptor) }
    let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    guard written == line.count, fsync(descriptor) == 0 else {
      throw SessionError.journalUnwritable(path: path, reason: String(cString: strerror(errno)))
    }
  }
}
