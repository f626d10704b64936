import Foundation
import Testing
import SlantCore

/// One case of `Fixtures/segmentation-cases.txt`: a name, an input and the sentences expected.
struct SegmentationCase: Sendable, CustomTestStringConvertible {
  var name: String
  var input: String
  var expected: [String]

  var testDescription: String { name }

  /// Every case of `Fixtures/segmentation-cases.txt`.
  static let all = cases(in: "segmentation-cases.txt")

  /// The cases of a fixture file: blocks split by `===` lines, each `# name`, the input, `---`
  /// and one expected sentence per line (`\n` for a line break); blocks without `---`, such as
  /// a licence notice, are comments.
  static func cases(in fixture: String) -> [SegmentationCase] {
    let text = try! String(contentsOfFile: Fixtures.path(fixture), encoding: .utf8)
    return text.components(separatedBy: "\n===\n").compactMap { block in
      var lines = block.components(separatedBy: "\n")
      while lines.last == "" { lines.removeLast() }
      guard let first = lines.first, first.hasPrefix("# "), let divider = lines.firstIndex(of: "---") else { return nil }
      return SegmentationCase(
        name: String(first.dropFirst(2)),
        input: lines[1..<divider].joined(separator: "\n"),
        expected: lines[(divider + 1)...].map { $0.replacingOccurrences(of: "\\n", with: "\n") })
    }
  }
}

@Suite struct SentenceSegmenterTests {
  let segmenter = SentenceSegmenter()

  func split(_ text: String) -> [String] {
    segmenter.sentences(in: text).map { String(text.slice(utf8: $0.utf8Range)) }
  }

  @Test func fixtureHoldsEnoughCases() {
    #expect(SegmentationCase.all.count >= 80)
  }

  @Test(arguments: SegmentationCase.all)
  func splitsAsExpected(_ testCase: SegmentationCase) {
    #expect(split(testCase.input) == testCase.expected)
  }

  @Test(arguments: SegmentationCase.all)
  func sentencesPartitionTheText(_ testCase: SegmentationCase) {
    checkInvariants(testCase.input)
  }

  @Test func seedsKeepTheInvariants() throws {
    let repository = String(Fixtures.folder.dropLast("/Tests/SlantCoreTests/Fixtures".count))
    for document in CorpusLoader(workspace: repository).load([repository + "/seeds"]).documents {
      checkInvariants(document.text, range: document.bodyUTF8Range)
    }
  }

  @Test func seedHeadlinelessFirstSentenceStartsAfterTheDatePrefix() throws {
    let repository = String(Fixtures.folder.dropLast("/Tests/SlantCoreTests/Fixtures".count))
    let document = try #require(CorpusLoader(workspace: repository).load([repository + "/seeds/000_fd96b963aaaca4c1.txt"]).documents.first)
    let first = try #require(segmenter.sentences(in: document.text, range: document.bodyUTF8Range).first)
    #expect(document.text(of: first.utf8Range) == "Pakistan prime minister Imran Khan will embark on a two-day trip to Russia on Wednesday.")
  }

  @Test func emptyAndBlankTextHaveNoSentences() {
    #expect(split("").isEmpty)
    #expect(split(" \n\n\t ").isEmpty)
  }

  /// Sentences come in order, never overlap, are trimmed, index from zero, fall on scalar
  /// boundaries, and with the datelines and credits kept out of them cover every non-space
  /// character of the range.
  func checkInvariants(_ text: String, range: Range<Int>? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
    let range = range ?? 0..<text.utf8.count
    let (sentences, keptOut) = segmenter.segments(in: text, range: range)
    var covered = [Bool](repeating: false, count: text.utf8.count)
    for credit in keptOut {
      #expect(range.contains(credit.lowerBound) && credit.upperBound <= range.upperBound, sourceLocation: sourceLocation)
      #expect(!sentences.contains { $0.utf8Range.overlaps(credit) }, "a kept-out range inside a sentence", sourceLocation: sourceLocation)
      for offset in credit { covered[offset] = true }
    }
    var previousEnd = range.lowerBound
    for (index, sentence) in sentences.enumerated() {
      #expect(sentence.index == index, sourceLocation: sourceLocation)
      #expect(sentence.utf8Range.lowerBound >= previousEnd, sourceLocation: sourceLocation)
      #expect(text.isScalarBoundary(utf8: sentence.utf8Range.lowerBound) && text.isScalarBoundary(utf8: sentence.utf8Range.upperBound), sourceLocation: sourceLocation)
      let slice = text.slice(utf8: sentence.utf8Range)
      #expect(slice.first?.isWhitespace == false && slice.last?.isWhitespace == false, sourceLocation: sourceLocation)
      for offset in sentence.utf8Range { covered[offset] = true }
      previousEnd = sentence.utf8Range.upperBound
    }
    let bytes = Array(text.utf8)
    var offset = range.lowerBound
    while offset < range.upperBound {
      let scalar = String(decoding: bytes[offset..<min(range.upperBound, offset + 4)], as: UTF8.self).unicodeScalars.first!
      if !scalar.properties.isWhitespace && scalar != "\u{FEFF}" {
        #expect(covered[offset], "uncovered text at byte \(offset)", sourceLocation: sourceLocation)
      }
      offset += UTF8.width(scalar)
    }
  }
}
