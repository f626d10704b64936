import Foundation
import Testing
import SlantCore

/// `slant compare` and `slant agree` on the three-outlet fixture corpus, run in its folder
/// (which holds the outlets' folders and the two annotators' sidecars).
@Suite struct CompareCommandTests {
  static let corpus = SlantProcess.repository + "/Tests/SlantCoreTests/Fixtures/compare"
  static let lexicons = ["--lexicons", SlantProcess.repository + "/lexicons"]

  func run(_ arguments: [String]) throws -> SlantProcess.Result {
    try SlantProcess.run(arguments + Self.lexicons, in: Self.corpus)
  }

  @Test func textShowsEveryOutletWithBarsAndTheThinWarning() throws {
    let result = try run(["compare", "clarion", "ledger", "wire"])
    #expect(result.status == 0)
    #expect(result.errors.hasPrefix("slant: 6 documents, ") && result.errors.split(separator: "\n").count == 1)
    #expect(result.output.contains("  The Daily Clarion      ████████████████████████  97.0 (no interval)\n"))
    #expect(result.output.contains("The Marlow Ledger — 2 documents, 13 sentences, 182 tokens\n  Too little text"))
    #expect(result.output.contains("    unsupported  ██████████████████         9  75% (no interval)\n"), "2 documents: no bootstrap, and no Wilson over sentences")
    #expect(result.output.contains("  Too little text for these figures to mean much: 2 documents (fewer than 5: no\n"))
    #expect(result.output.contains("  people's labels on 7 annotated sentences (1 document): people / scorer\n"))
    #expect(result.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func csvReadsBackFigureByFigure() throws {
    let result = try run(["compare", "clarion", "ledger", "wire", "--format", "csv"])
    #expect(result.status == 0)
    let rows = try CSVReader().rows(in: result.output).map(\.fields)
    #expect(rows.first == ["group", "measure", "key", "category", "count", "total", "value", "lower", "upper", "log_odds", "z"])
    #expect(rows.allSatisfy { $0.count == 11 })
    let unsupported = try #require(rows.first { $0[0] == "The Daily Clarion" && $0[1] == "support" && $0[2] == "unsupported" })
    #expect(unsupported[4...6] == ["9", "12", "0.750000"])
    #expect(unsupported[7...8] == ["", ""], "2 documents: no interval")
    let loaded = try #require(rows.first { $0[0] == "The Daily Clarion" && $0[1] == "loaded_per_1000_tokens" })
    #expect(loaded[4...5] == ["13", "134"])
    #expect(rows.contains { $0[0] == "The Daily Clarion" && $0[1] == "distinctive_category" && $0[2] == "loaded.negative" && Double($0[10])! > 2 })
    #expect(rows.contains { $0[0] == "The Marlow Ledger" && $0[1] == "people_support" && $0[2] == "hedged" && $0[4] == "4" })
  }

  struct Output: Decodable {
    var comparison: FramingComparison
    var alignment: SentenceAlignment?
  }

  @Test func jsonDecodesIntoTheLibraryTypesWithSortedKeys() throws {
    let result = try run(["compare", "clarion", "ledger", "wire", "--format", "json", "--align"])
    #expect(result.status == 0)
    let output = try JSONDecoder().decode(Output.self, from: Data(result.output.utf8))
    #expect(output.comparison.profiles.map(\.name) == ["Harbour Wire", "The Daily Clarion", "The Marlow Ledger"])
    #expect(output.comparison.profiles[1].share(.unsupported)?.count == 9)
    let alignment = try #require(output.alignment)
    #expect(alignment.threshold == SentenceAligner.defaultThreshold)
    #expect(alignment.pairs.contains { $0.left.text == "The so-called savings of £4 million a year are a farce." && $0.differsInLoadedWording })
    #expect(alignment.unmatched.first { $0.outlet == "The Marlow Ledger" }?.sentences.map(\.text).contains("It is unclear whether the decision can be appealed.") == true)
    let alignmentKey = try #require(result.output.range(of: "\"alignment\"")), comparisonKey = try #require(result.output.range(of: "\"comparison\""))
    #expect(alignmentKey.lowerBound < comparisonKey.lowerBound)
    #expect(try run(["compare", "clarion", "ledger", "wire", "--format", "json", "--align"]).output == result.output, "the same bytes on every run")
  }

  @Test func alignPrintsPairsAndWhatEachOutletLeavesOut() throws {
    let output = try run(["compare", "clarion", "ledger", "wire", "--align"]).output
    #expect(output.contains("Same event, different stories (sentences paired at TF-IDF cosine ≥ 0.35)"))
    #expect(output.contains("      loaded here only: so-called (scare-quote), farce (loaded.negative)\n"))
    #expect(output.contains("Only in The Daily Clarion (7)\n"))
    #expect(output.contains("  ledger/vote.txt#7 It is unclear whether the decision can be appealed.\n"))
  }

  @Test func byDocumentComparesEachArticle() throws {
    let output = try run(["compare", "clarion", "--by", "document"]).output
    #expect(output.contains("clarion/vote.txt — 1 document, 7 sentences"))
    #expect(output.contains("clarion/challenge.txt — 1 document, 5 sentences"))
  }

  @Test func alignHasNoCSVView() throws {
    let result = try run(["compare", "--align", "--format", "csv"])
    #expect(result.status == 64)
    #expect(result.errors == "slant: compare: --align has text and json views, not csv\n")
  }

  @Test func agreeReportsAgreementAccuracyAndLexiconLines() throws {
    let result = try run(["agree", "."])
    #expect(result.status == 0)
    #expect(result.output.contains("(2 annotators: ana, ben; 4 documents, 24 sentences)"))
    #expect(result.output.contains("  unsupported                  11      0.91    0.81    0.82\n"))
    #expect(result.output.contains("  attributed                   11      1.00       —       —\n"))
    #expect(result.output.contains("  unsupported                    7      5       1.00    0.71   0.83\n"))
    #expect(result.output.contains("  # under [loaded.negative]\n  trek | note labelled loaded 2 times by 2 people (slant agree)\n"))
    let json = try run(["agree", ".", "--format", "json"])
    let report = try JSONDecoder().decode(AgreementReport.self, from: Data(json.output.utf8))
    #expect(report.annotators == ["ana", "ben"] && report.suggestions.map(\.phrase) == ["trek"])
  }

  @Test func agreeWithoutAnnotationsSaysWhatToDo() throws {
    let result = try SlantProcess.run(["agree", "seeds", "--annotations", "no-such-folder"])
    #expect(result.status == 0)
    #expect(result.output == "No annotations found: annotate with 'slant annotate' (or the shell) first.\n")
  }
}
