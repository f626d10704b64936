#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import SlantCLI
import SlantCore
import SlantTerminal

/// The history kept on disk, one entry per line (UTF-8; a bad byte is read as U+FFFD rather
/// than losing the file). Each save re-reads the file under a lock on `<path>.lock`, appends,
/// keeps the newest entries and replaces the file through `DurableFile`, so two shells open on
/// one workspace both keep their lines and a crash never leaves half a file.
public struct HistoryFile: HistoryStore {
  /// Where the history lives.
  public let path: String
  /// How many entries the file keeps.
  public let limit: Int

  /// The history file at `path`, keeping the newest `limit` entries.
  public init(path: String, limit: Int = 1_000) {
    self.path = path
    self.limit = limit
  }

  /// The history file of a workspace: `.slant/history` inside it.
  public init(workspace: String, limit: Int = 1_000) {
    self.init(path: PathName.resolved(".slant/history", against: workspace), limit: limit)
  }

  /// The saved history; empty when the file does not exist yet.
  public func load() throws -> History {
    let bytes: [UInt8]
    do {
      bytes = try TextFileReader.bytes(atPath: path)
    } catch CorpusError.missing {
      return History(limit: limit)
    } catch CorpusError.unreadable(_, let reason) {
      throw HistoryError.unreadable(path: path, reason: reason)
    } catch {
      throw HistoryError.unreadable(path: path, reason: "\(error)")
    }
    let lines = bytes.split(separator: 0x0A).map { String(decoding: $0.last == 0x0D ? $0.dropLast() : $0, as: UTF8.self) }
    return History(entries: lines, limit: limit)
  }

  /// Adds `line` to the file, as `History.add` would, creating the folder if needed.
  public func append(_ line: String) throws {
    try createFolder()
    do {
      try DurableFile.withExclusiveLock(on: path) {
        var history = try load()
        history.add(line)
        // History may hold private text: a new file is readable by its owner only.
        try DurableFile.write(Array(history.entries.map { $0 + "\n" }.joined().utf8), to: path, newFileMode: 0o600)
      }
    } catch let failure as DurableFile.Failure {
      throw HistoryError.unwritable(path: path, reason: failure.reason)
    }
  }
}

private extension HistoryFile {
  var folder: String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  func unwritable(_ code: Int32) -> HistoryError {
    .unwritable(path: path, reason: String(cString: strerror(code)))
  }

  func createFolder() throws {
    var prefix = folder.hasPrefix("/") ? "/" : ""
    for part in folder.split(separator: "/") where part != "." {
      prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST { throw unwritable(errno) }
    }
  }
}
