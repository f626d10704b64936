import SlantCore

/// A two-frame lexicon (economic: *taxpayers*, crime: *murder*, each weight 2) and the tallies
/// of documents scored with it: written corpora whose primary frames are known, shared by the
/// frame profile's tests in the core and the text view's in the command layer.
public struct FrameTallies: Sendable {
  public static let lexicon = LexiconParser().parse(
    """
    [frame.economic] Economic.
    taxpayers | weight 2
    [frame.crime] Crime.
    murder | weight 2
    """, path: "lexicons/frames.txt"
  ).lexicon

  /// Each sentence framed by its own words only (no neighbours' weight), so that a sentence
  /// without cues stays without a frame and the shares are those written.
  let scorer: Scorer = {
    var scorer = Scorer(lexicons: [Self.lexicon])
    scorer.frames.neighbourWeight = 0
    return scorer
  }()

  public init() {}

  /// The tally of document `number` of `outlet`, whose text is `body`.
  public func tally(_ outlet: String, _ number: Int, _ body: String) -> DocumentTally {
    DocumentTally(scored: scorer.score(Document(id: DocumentID(path: "\(outlet)-\(number).txt"), text: body, metadata: DocumentMetadata(outlet: outlet))))
  }
}
