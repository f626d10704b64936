import Foundation
import SlantTestSupport
import Testing

@testable import SlantCore

/// The context rules' word lists (`lexicons/context/*.list`): loading, checking with
/// `file:line: reason`, a person's edit changing a decision, and the reason naming the line
/// that dropped a hit.
@Suite struct ContextLexiconTests {
  static let plainSenses = "lexicons/context/plain-senses.list"
  static let lexicon = LexiconParser().parse(
    """
    [loaded.negative] Negative.
    volatile
    [loaded.positive] Positive.
    heroic
    [scare-quote] Distance.
    so-called
    """, path: "t.txt"
  ).lexicon

  /// The built-in files with `lines` inserted after the header `header` of the plain-senses
  /// file, and the line number of the first inserted line.
  static func files(inserting lines: [String], after header: String) throws -> (files: [(path: String, text: String)], line: Int) {
    var files = ContextLexicon.bundledFiles
    let index = try #require(files.firstIndex { $0.path == plainSenses })
    var fileLines = files[index].text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let headerIndex = try #require(fileLines.firstIndex { $0.hasPrefix(header) })
    fileLines.insert(contentsOf: lines, at: headerIndex + 1)
    files[index].text = fileLines.joined(separator: "\n")
    return (files, headerIndex + 2)
  }

  /// The line of the built-in plain-senses file that starts with `prefix`.
  static func builtInLine(startingWith prefix: String) throws -> Int {
    let text = try #require(ContextLexicon.bundledFiles.first { $0.path == plainSenses }).text
    return try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(prefix) }) + 1
  }

  func score(_ text: String, senses: ContextLexicon = .standard) -> ScoredSentence? {
    Scorer(lexicons: [Self.lexicon], senses: senses).score(Document(id: DocumentID(path: "t.txt"), text: text)).sentences.first
  }

  @Test func theBuiltInListsLoadWithoutProblemsAndHoldEveryNamedList() {
    let (lexicon, problems) = ContextLexiconParser().parse(ContextLexicon.bundledFiles)
    #expect(problems.isEmpty)
    for list in ContextList.allCases {
      #expect(lexicon.lists[list.rawValue].words.count > 0, "[\(list.name)] is empty")
      #expect(lexicon.lists[list.rawValue].path.hasPrefix("lexicons/context/"))
    }
    #expect(Set(lexicon.rules.map(\.kind)) == Set(ContextRule.Kind.allCases), "the defaults use every kind of rule")
    #expect(lexicon.sectionCount == ContextList.allCases.count + lexicon.rules.count)
  }

  @Test func eachProblemNamesItsFileAndLine() throws {
    let extra = """
      # extra
      stray
      [near extras] Extra nouns.
      = fiery
      speeches
      speeches
      Speeches
      [hot-words] Unknown.
      hot
      [near empty] Nothing here.
      = tepid
      [next nowords] No word to read.
      talk
      [feelings] Again.
      [next again] Reads a word another rule reads.
      = historic
      vote
      [next undescribed]
      """
    let path = "lexicons/context/extra.list"
    let problems = ContextLexiconParser().parse(ContextLexicon.bundledFiles + [(path, extra)]).problems.map(\.description)
    let feelings = try Self.builtInLine(startingWith: "[feelings]")
    let historic = try Self.builtInLine(startingWith: "= historic")
    #expect(problems.count == 9)
    #expect(problems[0] == "\(path):2: word \"stray\" before any [section]")
    #expect(problems[1] == "\(path):6: duplicate word \"speeches\" in [near extras] (first at line 5)")
    #expect(problems[2] == "\(path):7: \"Speeches\" is not lowercase; words are matched in lowercase")
    #expect(problems[3].hasPrefix("\(path):8: unknown section [hot-words]; expected one of [trust], [poll-words]"))
    #expect(problems[3].hasSuffix("[near NAME], [next NAME], [next-two NAME]"))
    #expect(problems[4] == "\(path):10: section [near empty] has no words")
    #expect(problems[5] == "\(path):12: section [next nowords] names no word for its rule to read (a line \"= word\")")
    #expect(problems[6] == "\(path):14: section [feelings] is already opened at \(Self.plainSenses):\(feelings)")
    #expect(problems[7] == "\(path):16: \"historic\" is already read by the rule at \(Self.plainSenses):\(historic); a word has one rule")
    #expect(problems[8] == "\(path):18: section [next undescribed] needs a description after it, saying what its words do")
  }

  @Test func aWordWhoseRuleIsCodeCannotBeReadByASection() {
    let mine = "[next idioms] Idioms.\n= never\nmind\n"
    let problems = ContextLexiconParser().parse(ContextLexicon.bundledFiles + [("mine.list", mine)]).problems.map(\.description)
    #expect(problems == ["mine.list:2: \"never\" is read by a rule in code (see lexicons/README.md, \"Context lists\"); a word has one rule"])
  }

  @Test func aNamedListNoFileHoldsIsReportedAndItsRuleFindsNothing() {
    let (lexicon, problems) = ContextLexiconParser().parse([("mine/context/only.list", "[trust] Trust.\ntrust\n")])
    #expect(problems.count == ContextList.allCases.count - 1)
    #expect(problems.first?.description == "mine/context: no section [poll-words] in the context files; its rule finds nothing")
    #expect(lexicon[.feelings].count == 0)
  }

  @Test func aNounAddedToAPlainSenseListDropsTheHitAndTheReasonNamesItsLine() throws {
    let text = "The volatile polls worried the campaign."
    let before = try #require(score(text))
    #expect(before.label == .unsupported)
    #expect(!before.reason.contains("not counted"))
    let (files, line) = try Self.files(inserting: ["polls"], after: "[near markets]")
    let (edited, problems) = ContextLexiconParser().parse(files)
    #expect(problems.isEmpty)
    let after = try #require(score(text, senses: edited))
    #expect(after.label == .neutral)
    #expect(after.hits.isEmpty)
    #expect(after.reason.hasSuffix("; not counted: \"volatile\" (plain sense with \"polls\", \(Self.plainSenses):\(line))"))
  }

  @Test func aRuleAPersonAddsDropsTheWordItReads() throws {
    let mine = "# my rules\n[next-two efforts] Efforts: praise of one is routine here.\n= heroic\neffort\nefforts\n"
    let (senses, problems) = ContextLexiconParser().parse(ContextLexicon.bundledFiles + [("lexicons/context/mine.list", mine)])
    #expect(problems.isEmpty)
    #expect(try #require(score("It was a heroic effort.")).label == .unsupported)
    let after = try #require(score("It was a heroic effort.", senses: senses))
    #expect(after.label == .neutral)
    #expect(after.reason.hasSuffix("; not counted: \"heroic\" (plain sense with \"effort\", lexicons/context/mine.list:4)"))
    // Elsewhere the word still judges.
    #expect(try #require(score("He is a heroic leader.", senses: senses)).label == .unsupported)
  }

  @Test func theReasonNamesTheListedWordOrTheShapeThatDroppedAHit() throws {
    let markets = try #require(score("Volatile trading rattled investors."))
    let trading = try Self.builtInLine(startingWith: "trading")
    #expect(markets.label == .neutral)
    #expect(markets.reason.hasSuffix("; not counted: \"Volatile\" (plain sense with \"trading\", \(Self.plainSenses):\(trading))"))
    let named = try #require(score("The so-called Squad voted against the bill."))
    #expect(named.reason.hasSuffix("; not counted: \"so-called\" (plain sense: before a name or a term)"))
    // Counted hits are not listed as dropped.
    #expect(!(try #require(score("The so-called experts say so."))).reason.contains("not counted"))
  }

  @Test func aContextFileInTheLexiconsFolderReplacesTheBuiltInFileOfItsName() throws {
    let scratch = try ScratchFolder("slant-context")
    let (files, line) = try Self.files(inserting: ["polls"], after: "[near markets]")
    let edited = try #require(files.first { $0.path == Self.plainSenses }).text
    try FileManager.default.createDirectory(atPath: scratch.path + "/mine/context", withIntermediateDirectories: true)
    try edited.write(toFile: scratch.path + "/mine/context/plain-senses.list", atomically: true, encoding: .utf8)
    let (senses, problems) = LexiconLoader(workspace: scratch.path).loadContext(lexiconFolders: ["mine"])
    #expect(problems.isEmpty)
    #expect(senses.lists[ContextList.feelings.rawValue].path == "mine/context/plain-senses.list")
    #expect(senses.lists[ContextList.vagueSources.rawValue].path == "lexicons/context/sources.list")
    #expect(try #require(score("The volatile polls worried the campaign.", senses: senses)).reason.hasSuffix("mine/context/plain-senses.list:\(line))"))
    // A folder without context/ keeps the built-in lists.
    let builtIn = LexiconLoader(workspace: scratch.path).loadContext(lexiconFolders: ["."])
    #expect(builtIn.problems.isEmpty && builtIn.lexicon.lists[ContextList.feelings.rawValue].path == Self.plainSenses)
    // A later folder's file of the same name replaces the earlier one.
    try FileManager.default.createDirectory(atPath: scratch.path + "/more/context", withIntermediateDirectories: true)
    try ContextLexicon.bundledFiles.first { $0.path == Self.plainSenses }!.text.write(
      toFile: scratch.path + "/more/context/plain-senses.list", atomically: true, encoding: .utf8)
    let both = LexiconLoader(workspace: scratch.path).loadContext(lexiconFolders: ["mine", "more"])
    #expect(both.lexicon.lists[ContextList.feelings.rawValue].path == "more/context/plain-senses.list")
    #expect(!(try #require(score("The volatile polls worried the campaign.", senses: both.lexicon))).reason.contains("not counted"))
  }
}
