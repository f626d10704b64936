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
  /// loaded hits taken away (the leave-one-entry-out view).
  func value(_ sum: (Int) -> Int, removed: Int = 0) -> Double {
    switch self {
    case .loadedRate:
      let tokens = sum(GroupSample.tokens)
      return tokens > 0 ? Double(sum(GroupSample.loaded) - removed) * 1_000 / Double(tokens) : 0
    case .support(let label):
      let sentences = sum(GroupSample.sentences)
      return sentences > 0 ? Double(sum(GroupSample.column(of: label))) / Double(sentences) : 0
    }
  }
}
