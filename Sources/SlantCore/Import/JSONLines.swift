/// The lines of a JSON Lines file, numbered from 1, with blank lines left out; and one line read
/// as a JSON object or refused with the reason.
enum JSONLines {
  static func lines(of text: String) -> [(number: Int, text: Substring)] {
    var lines: [(Int, Substring)] = []
    // "\r\n" is one Character, so a CRLF line end is matched as itself.
    for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
      var line = line
      if index == 0, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
      guard line.contains(where: { !$0.isWhitespace }) else { continue }
      lines.append((index + 1, line))
    }
    return lines
  }

  /// `text`, line `line` of its file, as a JSON object.
  /// - Throws: `RecordFault` when it is not valid JSON or not an object.
  static func object(_ text: Substring, line: Int) throws(RecordFault) -> JSONNode {
    let node: JSONNode
    do {
      node = try JSONReader.read(text, firstLine: line)
    } catch {
      throw RecordFault("column \(error.column): \(error.reason)")
    }
    guard node.isObject else { throw RecordFault("expected a JSON object, found \(node.kind)") }
    return node
  }
}
