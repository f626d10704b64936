import SlantCore

/// Text with expected spans marked inline as `⟦…⟧`: the markers are stripped and the spans kept
/// as UTF-8 ranges into the stripped text, so that tests read like the sentences they check.
struct MarkedText {
  var text: String
  var ranges: [Range<Int>]

  init(_ marked: String) {
    var text = ""
    var ranges: [Range<Int>] = []
    var start: Int?
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "⟦": start = text.utf8.count
      case "⟧":
        ranges.append(start!..<text.utf8.count)
        start = nil
      default: text.unicodeScalars.append(scalar)
      }
    }
    self.text = text
    self.ranges = ranges
  }
}

/// The folder of this test target's fixtures.
enum Fixtures {
  static let folder: String = {
    let file = #filePath
    let testsRoot = file.range(of: "/Tests/SlantCoreTests/")!
    return String(file[..<testsRoot.upperBound]) + "Fixtures"
  }()

  static func path(_ name: String) -> String { folder + "/" + name }
}
