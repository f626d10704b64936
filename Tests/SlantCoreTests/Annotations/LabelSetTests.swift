import Foundation
import Testing
import SlantCore

@Suite struct LabelSetTests {
  @Test func theCommittedLabelsFileIsTheBuiltInDefault() throws {
    let committed = Fixtures.folder.replacingOccurrences(of: "Tests/SlantCoreTests/Fixtures", with: "annotations/labels.txt")
    #expect(try TextFileReader.text(atPath: committed) == LabelSet.standardText)
  }

  @Test func theDefaultSetHasTheIssuesLabelsEachWithOneKey() {
    let standard = LabelSet.standard
    for name in ["loaded", "name-calling", "intensifier", "scare-quote", "unsupported", "vague-source", "attributed", "hedged", "neutral", "frame.economic", "frame.other"] {
      #expect(standard.contains(name))
    }
    #expect(standard.labels.count == 24)
    #expect(standard.label(forKey: "1")?.name == "loaded")
    #expect(standard.label(forKey: "E")?.name == "frame.economic")
    #expect(standard.closest(to: "loded") == "loaded")
  }

  @Test(arguments: [
    ("1 loaded A.\n2 loaded B.\n", "labels.txt:2: label 'loaded' is listed twice"),
    ("1 loaded A.\n1 hedged B.\n", "labels.txt:2: key '1' is already the shortcut of 'loaded'"),
    ("# c\n\nab loaded A.\n", "labels.txt:3: expected 'KEY NAME Description' with a one-character KEY"),
    ("1 Loaded A.\n", "labels.txt:1: label 'Loaded' must be lowercase letters, digits, '-' and '.'"),
  ])
  func badLinesAreReportedWithTheirLine(text: String, message: String) {
    do {
      _ = try LabelSet(parsing: text, path: "labels.txt")
      Issue.record("expected an error")
    } catch {
      #expect("\(error)" == message)
    }
  }

  @Test func aMissingFileMeansTheDefaults() throws {
    #expect(try LabelSet.load(from: "no/such/labels.txt") == LabelSet.standard)
  }
}
