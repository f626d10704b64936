import Testing
@testable import SlantCore

/// The decision itself, on hits made by hand: weights, quotation, repeats, ties, "no frame",
/// and learned frame probabilities taking over.
@Suite struct SentenceFrameDeciderTests {
  let decider = SentenceFrameDecider()

  func hit(_ category: String, weight: Double = 1, at token: Int, quoted: Bool = false, entry: LexiconEntry? = nil) -> Hit {
    let entry = entry ?? LexiconEntry(term: "t\(token)", words: ["t\(token)"], category: category, weight: weight, path: "f.txt", line: token)
    return Hit(entry: entry, utf8Range: token * 3..<token * 3 + 2, tokenRange: token..<token + 1, modifiers: quoted ? .quoted : [])
  }

  @Test func theHeaviestFrameWinsWithItsShareAsProbability() throws {
    let hits = [hit("frame.economic", weight: 2, at: 0), hit("frame.political", weight: 0.5, at: 1), hit("frame.political", weight: 0.5, at: 2)]
    let choice = try #require(decider.choice(hits: hits))
    #expect(choice.category == "frame.economic" && choice.name == "economic")
    // 2 against 1 for political and 1 for "no frame".
    #expect(abs(choice.probability - 0.5) < 1e-9)
  }

  @Test func aQuotedAsideCountsHalf() throws {
    let hits = [hit("frame.morality", weight: 1.5, at: 0, quoted: true), hit("frame.legality", weight: 1, at: 4)]
    #expect(try #require(decider.choice(hits: hits)).category == "frame.legality")
    let unquoted = [hit("frame.morality", weight: 1.5, at: 0), hit("frame.legality", weight: 1, at: 4)]
    #expect(try #require(decider.choice(hits: unquoted)).category == "frame.morality")
  }

  @Test func theSameEntryRepeatedCountsLessEachTime() {
    let entry = LexiconEntry(term: "tax", words: ["tax"], category: "frame.economic", weight: 1, path: "f.txt", line: 1)
    let weights = decider.frameWeights([hit("", at: 0, entry: entry), hit("", at: 1, entry: entry), hit("", at: 2, entry: entry)])
    #expect(weights.count == 1 && abs(weights[0].weight - (1 + 0.5 + 1.0 / 3)) < 1e-9)
  }

  @Test func tiesGoToTheStrongerCueThenToTheName() {
    let byStrength = decider.frameWeights([hit("frame.crime", weight: 0.5, at: 0), hit("frame.crime", weight: 0.5, at: 1), hit("frame.security", weight: 1, at: 2)])
    #expect(byStrength.map(\.category) == ["frame.security", "frame.crime"])
    let byName = decider.frameWeights([hit("frame.security", at: 0), hit("frame.crime", at: 1)])
    #expect(byName.map(\.category) == ["frame.crime", "frame.security"])
  }

  @Test func otherFamiliesAndWeakCuesFrameNothing() {
    #expect(decider.choice(hits: [hit("loaded.negative", weight: 2, at: 0)]) == nil)
    #expect(decider.choice(hits: [hit("frame.health", weight: 0.2, at: 0)]) == nil)
  }

  @Test func learnedFrameProbabilitiesDecideWhenThereAreTwoOrMore() throws {
    let hits = [hit("frame.economic", weight: 3, at: 0)]
    let learned = [
      LabelProbability(label: "loaded", probability: 0.9), LabelProbability(label: "frame.economic", probability: 0.2),
      LabelProbability(label: "frame.fairness", probability: 0.6),
    ]
    let choice = try #require(decider.choice(hits: hits, probabilities: learned))
    #expect(choice.category == "frame.fairness" && abs(choice.probability - 0.6) < 1e-9)
    let unsure = learned.map { LabelProbability(label: $0.label, probability: $0.label.hasPrefix("frame.") ? 0.05 : $0.probability) }
    #expect(decider.choice(hits: hits, probabilities: unsure) == nil, "a model unsure of every frame gives none, not the lexicon's")
    let oneLabel = [LabelProbability(label: "frame.fairness", probability: 0.9)]
    #expect(try #require(decider.choice(hits: hits, probabilities: oneLabel)).category == "frame.economic", "one learned frame is no choice among frames")
  }
}
