import Foundation
import Testing

/// `slant score -` as the map step of a cluster job: every input record comes back carrying
/// its id, so that results can be joined to the articles and nothing is lost unseen.
@Suite struct ScoreStreamTests {
  private func records(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
  }

  @Test func everySentenceCarriesItsIDAsWritten() throws {
    let input = """
      {"id": "a-1", "outlet": "Wire", "text": "The council approved the plan. Critics said it was reckless."}
      {"text": "The vote was five to two.", "id": 17}
      {"id": 1.50, "text": "Officials may delay it."}
      {"id": "caf\\u00e9", "text": "It rained."}

      """
    let result = try SlantProcess.run(["score", "-"], input: input)
    #expect(result.status == 0)
    #expect(talk(result.errors) == "")
    let lines = result.output.split(separator: "\n")
    #expect(lines.map { $0.prefix(while: { $0 != "," }) } == [#"{"id":"a-1""#, #"{"id":"a-1""#, #"{"id":17"#, #"{"id":1.50"#, #"{"id":"café""#])
    let objects = try records(result.output)
    #expect(objects.map { $0["document"] as? String } == ["-#a-1", "-#a-1", "-#17", "-#1.5", "-#café"])
    #expect(objects.map { $0["sentence"] as? Int } == [0, 1, 0, 0, 0])
  }

  @Test func anArticleWithoutSentencesYieldsOneEmptyRecord() throws {
    let input = """
      {"id": "e1", "outlet": "Wire", "date": "2026-03-01", "text": ""}
      {"id": "e2", "text": "  \\n\\n  "}
      {"id": "full", "text": "The bridge opened."}
      """
    let result = try SlantProcess.run(["score", "-"], input: input)
    #expect(result.status == 0)
    #expect(result.output.split(separator: "\n").prefix(2) == [
      #"{"id":"e1","document":"-#e1","outlet":"Wire","date":"2026-03-01","empty":true}"#,
      #"{"id":"e2","document":"-#e2","outlet":null,"date":null,"empty":true}"#,
    ])
    #expect(try records(result.output).map { $0["id"] as? String } == ["e1", "e2", "full"])
  }

  @Test func aLineThatCannotBeReadYieldsOneErrorRecordInPlace() throws {
    let input = """
      {"id": "ok-1", "text": "The bridge opened."}
      {"id": "cut-2", "outlet": "Wire", "text": "The bridge was
      not json at all
      {"id": 44, "title": "no text"}
      {"id": "ok-5", "text": "The road closed."}
      """
    let result = try SlantProcess.run(["score", "-"], input: input)
    #expect(result.status == 2)
    #expect(talk(result.errors) == """
      slant: -:2: not valid JSON at column 43: string is never closed
      slant: -:3: not valid JSON at column 1: expected a value
      slant: -:4: missing the string field "text"

      """)
    #expect(result.errors.split(separator: "\n").last?.wholeMatch(of: /slant: 2 documents, 3 skipped, [0-9.]+ s/) != nil)
    let lines = result.output.split(separator: "\n")
    #expect(lines[1...3] == [
      #"{"id":"cut-2","line":2,"error":"not valid JSON at column 43: string is never closed"}"#,
      #"{"id":null,"line":3,"error":"not valid JSON at column 1: expected a value"}"#,
      #"{"id":44,"line":4,"error":"missing the string field \"text\""}"#,
    ])
    #expect(try records(result.output).map { $0["id"] as? String } == ["ok-1", "cut-2", nil, nil, "ok-5"])
  }

  @Test func onlyBadLinesFailTheRun() throws {
    let result = try SlantProcess.run(["score", "-"], input: "{\"id\": \"x\"\n[1, 2]\n")
    #expect(result.status == 2, "every input bad is still 2, as the README says")
    #expect(result.output.split(separator: "\n").count == 2)
  }

  @Test func inputWithoutIDsDrawsOneWarning() throws {
    let input = (1...3).map { #"{"text": "The bridge opened on day \#($0)."}"# }.joined(separator: "\n")
    let result = try SlantProcess.run(["score", "-"], input: input)
    #expect(result.status == 0)
    #expect(talk(result.errors) == "slant: -:1: no \"id\" in the article: results carry \"id\": null and cannot be joined back to the input; give every article an \"id\" (said once)\n")
    let objects = try records(result.output)
    #expect(objects.count == 3 && objects.allSatisfy { $0["id"] is NSNull })
    #expect(objects.map { $0["document"] as? String } == ["-#1", "-#2", "-#3"])
  }

  @Test(arguments: [["--jobs", "1"], ["--jobs", "2"], ["--jobs=7"]])
  func jobsChangeNothingButTheThreads(jobs: [String]) throws {
    // More lines than one batch, of uneven length, so that threads finish out of order.
    let input = (0..<700).map { index in
      let text = String(repeating: "The council may approve the plan, officials said. ", count: 1 + index % 9)
      return #"{"id": "n\#(index)", "text": "\#(text)"}"#
    }.joined(separator: "\n")
    let single = try SlantProcess.run(["score", "-"], input: input)
    let parallel = try SlantProcess.run(["score", "-"] + jobs, input: input)
    #expect(parallel.status == 0 && single.status == 0)
    #expect(parallel.output == single.output)
    #expect(try records(single.output).map { $0["id"] as? String }.reduce(into: [String]()) { if $0.last != $1 { $0.append($1!) } } == (0..<700).map { "n\($0)" })
  }

  @Test(arguments: [["score", "--format", "csv"], ["compare", "--format", "csv"], ["agree", "--format", "json"]])
  func jobsOnPathsChangeNothingButTheThreads(command: [String]) throws {
    let every = try SlantProcess.run(command + ["seeds"])
    let one = try SlantProcess.run(command + ["seeds", "--jobs", "1"])
    #expect(every.status == 0 && one.status == 0)
    #expect(!one.output.isEmpty && one.output == every.output)
  }

  @Test(arguments: ["score", "compare", "report", "agree"])
  func jobsMustBeAPositiveWholeNumber(command: String) throws {
    let scratch = try Workspace()
    let required = command == "report" ? ["--html", "report.html"] : []
    let result = try SlantProcess.run([command, "seeds", "--jobs", "0"] + required, in: scratch.path)
    #expect(result.status == 64)
    #expect(talk(result.errors) == "slant: \(command): '--jobs' takes a whole number of at least 1, not '0'\n")
    #expect(result.output.isEmpty && !FileManager.default.fileExists(atPath: scratch.path + "/report.html"))
  }

  /// Standard error without the summary line a batch ends with (`slant: 4 documents, 0
  /// skipped, 0.1 s`; a usage error has none): its timing differs from run to run.
  func talk(_ errors: String) -> String {
    var lines = errors.split(separator: "\n").map(String.init)
    if let last = lines.last, last.wholeMatch(of: /slant: \d+ documents?, \d+ skipped, [0-9.]+ s/) != nil { lines.removeLast() }
    return lines.map { $0 + "\n" }.joined()
  }
}
