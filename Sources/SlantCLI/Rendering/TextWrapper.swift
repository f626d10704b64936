import SlantCore
import SlantTerminal

/// Breaks text into lines that fit a width in terminal columns, at spaces, measuring without ANSI
/// escapes so that coloured words wrap like plain ones. A word wider than the line stays whole.
///
/// Text is split by its bytes: a space byte ends a word unless it belongs to a larger character
/// (`SpaceBreak`: a combining mark after it, a prepended mark before it), and then the text is
/// split by characters instead. An alignment's text view wraps every sentence of a corpus, and finding
/// grapheme breaks and building a string per word were most of its time.
package enum TextWrapper {
  /// The lines of `text`, each starting with `indent`, none wider than `width` columns.
  package static func wrap(_ text: String, width: Int, indent: String) -> [String] {
    let broken = lines(of: text, available: max(width - columns(of: indent), 20))
    return broken.ends.indices.map { line in indent + String(decoding: broken.line(line), as: UTF8.self) }
  }

  /// `text` wrapped as a block: its first line after `indent`, the later ones two columns further
  /// in, each line ending with a newline; the lines are those `wrap` gives with `indent` and two spaces.
  package static func hanging(_ text: String, width: Int, indent: String) -> String {
    let broken = lines(of: text, available: max(width - columns(of: indent) - 2, 20))
    var block: [UInt8] = []
    block.reserveCapacity(broken.bytes.count + broken.ends.count * (indent.utf8.count + 3))
    for line in broken.ends.indices {
      block.append(contentsOf: indent.utf8)
      if line > 0 { block.append(contentsOf: [0x20, 0x20]) }
      block.append(contentsOf: broken.line(line))
      block.append(0x0A)
    }
    return String(decoding: block, as: UTF8.self)
  }

  /// Lines without their indent, one after another in `bytes`, line `i` ending at `ends[i]`.
  struct Lines {
    var bytes: [UInt8] = []
    var ends: [Int] = []

    func line(_ index: Int) -> ArraySlice<UInt8> { bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]] }
  }

  /// The words of `text` laid into lines of at most `available` columns, joined by one space.
  static func lines(of text: String, available: Int) -> Lines {
    var utf8 = text
    return utf8.withUTF8 { bytes in
      var lines = Lines(), used = 0, lineStart = 0
      lines.bytes.reserveCapacity(bytes.count)
      for word in words(in: bytes) ?? characterWords(of: text) {
        let columns = columns(of: UnsafeBufferPointer(rebasing: bytes[word]))
        if used > 0 && used + 1 + columns > available {
          lines.ends.append(lines.bytes.count)
          lineStart = lines.bytes.count
          used = 0
        }
        if used > 0 { lines.bytes.append(0x20) }
        lines.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[word]))
        used += (used > 0 ? 1 : 0) + columns
      }
      if lines.bytes.count > lineStart || lines.ends.isEmpty { lines.ends.append(lines.bytes.count) }
      return lines
    }
  }

  /// The byte ranges of the words in `bytes`: the runs between spaces, as
  /// `split(separator: " ")` gives them; nil when a space is part of a larger character.
  static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
    var words: [Range<Int>] = [], start = 0
    for index in bytes.indices where bytes[index] == 0x20 {
      guard SpaceBreak.isBreak(at: index, in: bytes) else { return nil }
      if index > start { words.append(start..<index) }
      start = index + 1
    }
    if bytes.count > start { words.append(start..<bytes.count) }
    return words
  }

  /// The byte ranges of the words of `text` split by characters, as readers see them.
  private static func characterWords(of text: String) -> [Range<Int>] {
    text.split(separator: " ").map { word in
      text.utf8.distance(from: text.startIndex, to: word.startIndex)..<text.utf8.distance(from: text.startIndex, to: word.endIndex)
    }
  }

  /// The columns `word` takes: printable ASCII one a byte, anything else measured in full.
  private static func columns(of word: UnsafeBufferPointer<UInt8>) -> Int {
    word.allSatisfy { (0x20..<0x7F).contains($0) } ? word.count : DisplayWidth.columns(of: String(decoding: word, as: UTF8.self))
  }

  private static func columns(of indent: String) -> Int {
    indent.utf8.allSatisfy { (0x20..<0x7F).contains($0) } ? indent.utf8.count : DisplayWidth.columns(of: indent)
  }
}
