import Foundation
import Testing
import SlantCore

@Suite struct LIWCDictionaryParserTests {
  let dictionary = """
    %
    1\tCare.Virtue
    2\tHarm Vice
    %
    safe*\t1
    kill\t2
    kind of\t1\t2
    hurt*\t02
    """

  @Test func readsCategoriesStemsAndMultiwordEntries() {
    let (lexicon, problems) = LIWCDictionaryParser().parse(dictionary, path: "lexicons/mfd.dic")
    #expect(problems.isEmpty)
    #expect(lexicon.categories.map(\.name) == ["care.virtue", "harm-vice"])
    #expect(lexicon.categories.allSatisfy { $0.family == .other })
    #expect(lexicon.entries.map { "\($0.words.joined(separator: " ")):\($0.category):\($0.line)" } == [
      "safe*:care.virtue:5", "kill:harm-vice:6", "kind of:care.virtue:7", "kind of:harm-vice:7", "hurt*:harm-vice:8",
    ])
  }

  /// Dictionaries are often shared with Windows line ends.
  @Test func readsWindowsLineEnds() {
    let (lexicon, problems) = LIWCDictionaryParser().parse(dictionary.replacingOccurrences(of: "\n", with: "\r\n"), path: "lexicons/mfd.dic")
    #expect(problems.isEmpty)
    #expect(lexicon.categories.map(\.name) == ["care.virtue", "harm-vice"])
    #expect(lexicon.entries.map { "\($0.words.joined(separator: " ")):\($0.category):\($0.line)" } == [
      "safe*:care.virtue:5", "kill:harm-vice:6", "kind of:care.virtue:7", "kind of:harm-vice:7", "hurt*:harm-vice:8",
    ])
  }

  @Test func matchesThroughTheSameMatcher() {
    let matcher = LexiconMatcher(lexicons: [LIWCDictionaryParser().parse(dictionary, path: "mfd.dic").lexicon])
    #expect(matcher.hits(in: "Safety first; they hurt no one.").map(\.category) == ["care.virtue", "harm-vice"])
  }

  @Test(arguments: [
    ("%\n1\tcare\n%\nsafe\t7", "x.dic:4: unknown category id 7; declare it between the '%' lines"),
    ("%\n1\tcare\n%\nsafe", "x.dic:4: 'safe' has no category id after it"),
    ("%\n1\tcare\n%\nlike\t(02 134)125/464", "x.dic:4: LIWC conditional categories such as '(02 134)125/464' are not supported; entry skipped"),
    ("%\n1\tcare\n%\nsafe\t1\nsafe\t1", "x.dic:5: duplicate entry 'safe' in category 'care'"),
    ("%\ncare\n%", "x.dic:2: expected a category line: a numeric id and a name (e.g. '1\tcare.virtue')"),
    ("1\tcare", "x.dic:1: a LIWC dictionary starts with a line holding only '%'"),
  ])
  func reportsProblemsWithLines(text: String, message: String) {
    #expect(LIWCDictionaryParser().parse(text, path: "x.dic").problems.map(\.description) == [message])
  }
}
