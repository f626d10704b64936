/// The columns of a frame profile's bootstrap: a document's sentences, a 1 for the document,
/// then for each frame its sentences with that primary frame and a 1 when it is the article's.
struct FrameColumns: Sendable {
  static let sentences = 0, documents = 1
  let frames: [String]

  func sentences(_ frame: Int) -> Int { 2 + 2 * frame }
  func articles(_ frame: Int) -> Int { 3 + 2 * frame }
  var count: Int { 2 + 2 * frames.count }

  /// A group's documents as rows, with their replicate sums.
  func sample(_ members: [DocumentTally], bootstrap: Bootstrap, seed: UInt64) -> FrameSample {
    var rows: [Int] = []
    rows.reserveCapacity(members.count * count)
    for tally in members {
      rows += [tally.frames.sentenceCount, 1]
      for frame in frames { rows += [tally.frames.sentences[frame] ?? 0, tally.frames.article.primary?.category == frame ? 1 : 0] }
    }
    return FrameSample(rows: rows, columns: count, bootstrap: bootstrap, seed: seed)
  }

  /// The frames whose sentence share in `sample` differs from `rest`'s pooled share, with the
  /// interval of the difference drawn replicate by replicate from each group's own draws.
  func distinguishing(_ sample: FrameSample, against rest: [FrameSample]) -> [FrameProfile.Distinguishing] {
    guard sample.replicates.hasReplicates, rest.allSatisfy(\.replicates.hasReplicates) else { return [] }
    func share(_ numerator: Int, _ denominator: Int) -> Double { denominator > 0 ? Double(numerator) / Double(denominator) : 0 }
    return frames.indices.compactMap { frame -> FrameProfile.Distinguishing? in
      let column = sentences(frame)
      let restTotal = rest.reduce(0) { $0 + $1.totals[column] }, restSentences = rest.reduce(0) { $0 + $1.totals[Self.sentences] }
      let difference = share(sample.totals[column], sample.totals[Self.sentences]) - share(restTotal, restSentences)
      guard
        let interval = sample.replicates.interval({ replicate in
          let other = rest.reduce(0) { $0 + $1.replicates.sum(replicate, column) }
          let otherSentences = rest.reduce(0) { $0 + $1.replicates.sum(replicate, Self.sentences) }
          return share(sample.replicates.sum(replicate, column), sample.replicates.sum(replicate, Self.sentences)) - share(other, otherSentences)
        }), interval.lower > 0 || interval.upper < 0
      else { return nil }
      return FrameProfile.Distinguishing(frame: frames[frame], difference: difference, lower: interval.lower, upper: interval.upper)
    }.sorted { (abs($0.difference), $1.frame) > (abs($1.difference), $0.frame) }
  }
}

/// One group's frame rows: their column sums and the bootstrap's replicate sums.
struct FrameSample: Sendable {
  let totals: [Int]
  let replicates: ReplicateSums

  init(rows: [Int], columns: Int, bootstrap: Bootstrap, seed: UInt64) {
    totals = (0..<columns).map { column in stride(from: column, to: rows.count, by: columns).reduce(0) { $0 + rows[$1] } }
    let documents = columns > 0 ? rows.count / columns : 0
    replicates = ReplicateSums(
      rows: rows, columns: columns, replicates: documents >= bootstrap.minimumDocuments ? bootstrap.replicates : 0, seed: seed)
  }

  /// `count` over `total` with its interval over documents; none for a group too thin to
  /// resample (`Bootstrap.minimumDocuments`): Wilson's over sentences would treat one article's
  /// sentences as independent.
  func share(_ count: Int, of total: Int) -> ProportionEstimate {
    let value = totals[total] > 0 ? Double(totals[count]) / Double(totals[total]) : 0
    guard let interval = replicates.interval({ replicate in
      let denominator = replicates.sum(replicate, total)
      return denominator > 0 ? Double(replicates.sum(replicate, count)) / Double(denominator) : 0
    }) else { return ProportionEstimate(count: totals[count], total: totals[total], share: value, lower: nil, upper: nil) }
    return ProportionEstimate(count: totals[count], total: totals[total], share: value, lower: interval.lower, upper: interval.upper, method: .documentBootstrap)
  }
}
