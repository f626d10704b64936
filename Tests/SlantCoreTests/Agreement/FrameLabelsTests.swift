import SlantCore
import Testing

/// People code one primary frame per sentence, so the scorer stands for one too: its primary
/// frame, not every frame entry that fired; and a model's frame probabilities decide one frame.
@Suite struct FrameLabelsTests {
  static let lexicon = LexiconParser().parse(
    """
    [frame.economic] Economic.
    taxpayers | weight 2
    [frame.political] Political.
    senate | weight 0.5
    [hedge] Softeners.
    may
    """, path: "lexicons/frames.txt"
  ).lexicon

  @Test func theScorerGivesASentenceItsPrimaryFrameOnly() throws {
    let scorer = Scorer(lexicons: [Self.lexicon])
    let sentence = try #require(scorer.score(Document(id: DocumentID(path: "a.txt"), text: "The Senate bill may burden taxpayers.")).sentences.first)
    #expect(Set(sentence.hits.map(\.category)).isSuperset(of: ["frame.economic", "frame.political"]))
    #expect(ScorerLabels.labels(for: sentence) == ["hedged", "frame.economic"])
    let hit = try #require(sentence.hits.first { $0.category == "frame.political" })
    #expect(ScorerLabels.label(for: hit) == "frame.political", "each entry is still judged as a detector of its own frame")
  }

  @Test func modelProbabilitiesDecideTheMostProbableFrameOnly() {
    let decision = ScorerEvaluation.Decision.probabilities([
      LabelProbability(label: "loaded", probability: 0.7), LabelProbability(label: "frame.economic", probability: 0.55),
      LabelProbability(label: "frame.political", probability: 0.8), LabelProbability(label: "frame.health", probability: 0.1),
    ])
    #expect(decision.labels == ["loaded", "biased", "frame.political"])
  }
}
