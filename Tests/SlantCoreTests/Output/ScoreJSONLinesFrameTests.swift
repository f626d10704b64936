import Foundation
import SlantCore
import Testing

/// The primary frame in JSON Lines: an object with the dimension's name and its probability, or
/// null, while every frame hit stays among the hits.
@Suite struct ScoreJSONLinesFrameTests {
  static let lexicon = LexiconParser().parse(
    """
    [frame.economic] Economic.
    taxpayers | weight 2
    [frame.political] Political.
    senate | weight 0.5
    """, path: "lexicons/frames.txt"
  ).lexicon

  @Test func eachLineCarriesItsPrimaryFrameOrNull() throws {
    var scorer = Scorer(lexicons: [Self.lexicon])
    scorer.frames.neighbourWeight = 0  // the second sentence stays without a frame of its own
    let scored = scorer.score(Document(id: DocumentID(path: "a.txt"), text: "The Senate bill is a burden on taxpayers. Nothing else happened."))
    let lines = ScoreJSONLines(entries: scorer.matcher.entries).lines(scored).split(separator: "\n")
    let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(objects.count == 2)
    let frame = try #require(objects[0]["frame"] as? [String: Any])
    #expect(frame["name"] as? String == "economic")
    // 2 for economic against 0.5 for political and 1 for "no frame".
    #expect(frame["probability"] as? Double == 0.571)
    #expect(frame["basis"] as? String == "cues")
    #expect((objects[0]["hits"] as? [[String: Any]])?.map { $0["category"] as? String } == ["frame.political", "frame.economic"])
    #expect(objects[1]["frame"] is NSNull)
  }

  /// A learned frame label is written without its prefix whatever follows it: the writer copies
  /// an ASCII name from the label's bytes and takes `FrameChoice.name` for any other.
  @Test(arguments: [("frame.économie", "économie"), ("frame.health", "health")])
  func namesALearnedFrameWithoutItsPrefix(label: String, name: String) throws {
    let model = SentenceModel(labels: [
      .init(label: label, intercept: 2, weights: [:]), .init(label: "frame.crime", intercept: -1, weights: [:]),
    ])
    let scorer = Scorer(lexicons: [Self.lexicon], model: model)
    let scored = scorer.score(Document(id: DocumentID(path: "a.txt"), text: "The Senate bill is a burden on taxpayers."))
    let line = try #require(ScoreJSONLines(entries: scorer.matcher.entries).lines(scored).split(separator: "\n").first)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let frame = try #require(object["frame"] as? [String: Any])
    #expect(frame["name"] as? String == name)
    #expect(frame["basis"] as? String == "learned")
  }
}
