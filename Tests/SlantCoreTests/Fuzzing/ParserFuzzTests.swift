import SlantTestSupport
import Testing

/// Every parser, fed seeded mutations of well-formed inputs: none may crash, and each either
/// reads its input sensibly or reports a problem naming the file (and line). Bounded to a few
/// seconds in all; `slant-bench fuzz` runs the long version against the built `slant`.
@Suite struct ParserFuzzTests {
  static let inputs = ["sidecar": 1_500, "lexicon": 3_000, "liwc": 3_000, "manifest": 400, "jsonl": 600, "csv": 3_000]

  @Test(arguments: ParserFuzzTarget.all.map(\.name))
  func mutatedInputsNeverBreakTheParser(name: String) throws {
    let target = try #require(ParserFuzzTarget.all.first { $0.name == name })
    let folder = try ScratchFolder("slant-fuzz")
    let problems = target.run(count: Self.inputs[name] ?? 500, seed: 18, folder: folder.path)
    #expect(problems.isEmpty, "\(problems.prefix(5).map(\.description).joined(separator: "\n"))")
  }
}
