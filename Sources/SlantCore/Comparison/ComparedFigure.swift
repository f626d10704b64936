/// A figure the comparison gives for each group and for each difference between groups: the
/// loaded-language rate, or the share of sentences with one support label.
public enum ComparedFigure: Sendable, Hashable, CaseIterable, CustomStringConvertible {
  case loadedRate
  case support(SupportLabel)

  public static var allCases: [ComparedFigure] { [.loadedRate] + SupportLabel.allCases.map(ComparedFigure.support) }

  /// `loaded_per_1000_tokens`, `support.unsupported`: the name in JSON and CSV.
  public var description: String {
    switch self {
    case .loadedRate: "loaded_per_1000_tokens"
    case .support(let label): "support.\(label.rawValue)"
    }
  }

  /// The figure from column sums laid out as `GroupSample` lays them out, with `removed`
  /// taken away from its count (the leave-one-entry-out view: an entry's loaded hits, or the
  /// sentences whose label rests on it alone).
  func value(_ sum: (Int) -> Int, removed: Int = 0) -> Double {
    switch self {
    case .loadedRate:
      let tokens = sum(GroupSample.tokens)
      return tokens > 0 ? Double(sum(GroupSample.loaded) - removed) * 1_000 / Double(tokens) : 0
    case .support(let label):
      let sentences = sum(GroupSample.sentences)
      return sentences > 0 ? Double(sum(GroupSample.column(of: label)) - removed) / Double(sentences) : 0
    }
  }

  /// What one unit of the figure counts: 1,000 for a rate per 1,000 tokens, 1 for a share.
  var scale: Double {
    switch self {
    case .loadedRate: 1_000
    case .support: 1
    }
  }

  /// A document's count behind the figure: loaded hits, or sentences with the label.
  func numerator(of tally: DocumentTally) -> Int {
    switch self {
    case .loadedRate: DocumentTally.loadedHits(tally.totals)
    case .support(let label): tally.totals.labels[label] ?? 0
    }
  }

  /// What the count is out of: tokens, or sentences.
  func denominator(of tally: DocumentTally) -> Int {
    switch self {
    case .loadedRate: tally.tokens
    case .support: tally.totals.sentences
    }
  }

  /// A document's count for each entry: its loaded hits, or its sentences whose label rests on it alone.
  func entryCounts(in tally: DocumentTally) -> [DocumentTally.TermKey: Int] {
    switch self {
    case .loadedRate: tally.loadedTerms
    case .support(let label): tally.soleSupportEntries[label] ?? [:]
    }
  }

  /// The driver column of an entry of this figure (or of its category, for the loaded rate).
  func driverKey(_ key: DocumentTally.TermKey, byCategory: Bool) -> DriverKey {
    switch self {
    case .loadedRate: byCategory ? .category(key.category) : .entry(key)
    case .support(let label): .soleSupport(label, key)
    }
  }
}
