import Foundation

/// Expected outputs too long to read as string literals, kept as plain text files in
/// `Snapshots/` beside this file, so that a reviewer reads them as the shell prints them.
enum Snapshot {
  static let folder = String(#filePath.dropLast("Snapshot.swift".count)) + "Snapshots/"

  struct Empty: Error, CustomStringConvertible {
    var name: String
    var description: String { "Snapshots/\(name).txt is empty: every string contains it, so it would check nothing" }
  }

  /// The text of `Snapshots/<name>.txt`, which must not be empty.
  static func text(_ name: String) throws -> String {
    let text = try String(contentsOfFile: folder + name + ".txt", encoding: .utf8)
    guard !text.isEmpty else { throw Empty(name: name) }
    return text
  }
}
