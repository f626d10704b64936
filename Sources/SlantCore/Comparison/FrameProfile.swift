/// One group's frames read from primary frames, not from hit counts: its share of articles and of
/// sentences with each primary frame, each with a 95% interval from the bootstrap over documents
/// (each group resampled on its own, as the rest of the comparison is), and the frames that
/// distinguish it from the other groups. A one-document group also gives its article's frame.
public struct FrameProfile: Sendable, Codable {
  /// A frame with the group's share of articles and of sentences that have it as primary frame.
  public struct Share: Sendable, Codable {
    public var frame: String
    public var articles: ProportionEstimate
    public var sentences: ProportionEstimate
  }

  /// A frame whose sentence share differs from the other groups' with an interval that excludes zero.
  public struct Distinguishing: Sendable, Codable {
    public var frame: String
    /// The group's sentence share minus the other groups' together.
    public var difference: Double
    public var lower: Double
    public var upper: Double
  }

  public var group: String
  public var documents: Int
  public var sentences: Int
  /// Frames some article or sentence of the group has, most sentences first.
  public var shares: [Share]
  /// Against all other groups; largest differences first.
  public var distinguishing: [Distinguishing]
  /// The article's frame, when the group is one document.
  public var article: ArticleFrame?

  /// The profile of every group of `tallies` under `grouping`, in name order; group `i` draws
  /// its replicates with seed `bootstrap.seed + i`, like the rest of the comparison.
  public static func profiles(_ tallies: [DocumentTally], grouping: ComparisonGrouping, bootstrap: Bootstrap = Bootstrap()) -> [FrameProfile] {
    let groups = Dictionary(grouping: tallies, by: grouping.key)
    let names = groups.keys.sorted()
    var frames: Set<String> = []
    for tally in tallies {
      frames.formUnion(tally.frames.sentences.keys)
      if let primary = tally.frames.article.primary { frames.insert(primary.category) }
    }
    let columns = FrameColumns(frames: frames.sorted())
    let samples = names.enumerated().map { index, name in
      columns.sample(groups[name]!, bootstrap: bootstrap, seed: bootstrap.seed &+ UInt64(index))
    }
    return names.indices.map { index in
      let sample = samples[index], rest = samples.indices.filter { $0 != index }.map { samples[$0] }
      let shares = columns.frames.indices.compactMap { frame -> Share? in
        guard sample.totals[columns.sentences(frame)] + sample.totals[columns.articles(frame)] > 0 else { return nil }
        return Share(
          frame: columns.frames[frame], articles: sample.share(columns.articles(frame), of: FrameColumns.documents),
          sentences: sample.share(columns.sentences(frame), of: FrameColumns.sentences))
      }.sorted { ($0.sentences.count, $1.frame) > ($1.sentences.count, $0.frame) }
      let members = groups[names[index]]!
      return FrameProfile(
        group: names[index], documents: members.count, sentences: sample.totals[FrameColumns.sentences], shares: shares,
        distinguishing: rest.isEmpty ? [] : columns.distinguishing(sample, against: rest),
        article: members.count == 1 ? members[0].frames.article : nil)
    }
  }
}
