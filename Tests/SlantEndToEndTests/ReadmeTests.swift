import Foundation
import Testing

/// Every `slant …` line of the README's command blocks runs as written from the repository
/// folder (a copy of it, so that the tour's outputs and annotations land in a scratch folder).
@Suite struct ReadmeTests {
  /// The `slant` lines of the README's `sh` blocks, comments removed, in order.
  static let lines: [String] = {
    let readme = (try? String(contentsOfFile: SlantProcess.repository + "/README.md", encoding: .utf8)) ?? ""
    var lines: [String] = [], inShellBlock = false
    for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        inShellBlock = !inShellBlock && line.dropFirst(3) == "sh"
        continue
      }
      let command = withoutComment(line.trimmingCharacters(in: .whitespaces))
      if inShellBlock, command == "slant" || command.hasPrefix("slant ") { lines.append(command) }
    }
    return lines
  }()

  @Test func theReadmeHasATour() {
    #expect(Self.lines.count >= 10)
    #expect(Self.lines.first == "slant")
  }

  @Test(arguments: lines)
  func runsAsWritten(line: String) throws {
    let words = try #require(Self.words(line), "unbalanced quotes in \(line)")
    let copy = try RepositoryCopy()
    let result = try SlantProcess.run(Array(words.dropFirst()), in: copy.path)
    #expect(result.status == 0, "\(line) exited \(result.status): \(result.errors)")
    #expect(!result.output.isEmpty || !result.errors.isEmpty, "\(line) said nothing")
  }

  /// The line up to a `#` that starts a comment (after a space, outside quotes).
  static func withoutComment(_ line: String) -> String {
    var quoted = false, previous: Character = " "
    for index in line.indices {
      let character = line[index]
      if character == "\"" { quoted.toggle() }
      if character == "#", !quoted, previous == " " { return line[..<index].trimmingCharacters(in: .whitespaces) }
      previous = character
    }
    return line
  }

  /// The words of a shell line with double quotes, as `sh` splits it; nil when a quote is open.
  static func words(_ line: String) -> [String]? {
    var words: [String] = [], word = "", quoted = false, hasWord = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
        hasWord = true
      } else if character == " ", !quoted {
        if hasWord { words.append(word) }
        word = ""
        hasWord = false
      } else {
        word.append(character)
        hasWord = true
      }
    }
    if hasWord { words.append(word) }
    return quoted ? nil : words
  }
}

/// A scratch copy of the repository's README, seeds, corpus, lexicons and annotations.
final class RepositoryCopy {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("slant-readme-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for item in ["README.md", "seeds", "corpus", "lexicons", "annotations"] {
      try FileManager.default.copyItem(atPath: SlantProcess.repository + "/" + item, toPath: path + "/" + item)
    }
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
