import Testing
import SlantCore

/// The 48 English Golden Rules (pySBD's benchmark, MIT licence kept in the fixture): at least
/// 47 must pass, and each rule passed today is its own test so that a regression names it.
@Suite struct GoldenRulesTests {
  static let rules = SegmentationCase.cases(in: "golden-rules-en.txt")
  /// Rule numbers this segmenter does not pass (none today); each one added needs a reason here.
  static let failing: Set<Int> = []
  static let passing = rules.filter { !failing.contains(number(of: $0)) }

  static func number(of rule: SegmentationCase) -> Int { Int(rule.name.split(separator: " ").last!)! }

  static func split(_ text: String) -> [String] {
    SentenceSegmenter().sentences(in: text).map { String(text.slice(utf8: $0.utf8Range)) }
  }

  @Test func fixtureHoldsTheFortyEightRules() {
    #expect(Self.rules.map(Self.number) == Array(1...48))
  }

  @Test func passesAtLeastFortySevenRules() {
    let passed = Self.rules.filter { Self.split($0.input) == $0.expected }
    #expect(passed.count >= 47, "failing: \(Self.rules.filter { Self.split($0.input) != $0.expected }.map(\.name))")
  }

  @Test(arguments: passing)
  func passesRule(_ rule: SegmentationCase) {
    #expect(Self.split(rule.input) == rule.expected)
  }
}
