/// One group against another (with two groups) or against all the others (with more): the
/// difference of every figure with its interval, and the entries and categories that drive
/// the loaded-language difference, each with the difference recomputed without it.
public struct GroupDifference: Sendable, Codable {
  public var group: String
  /// The other group's name, or `the rest`.
  public var against: String
  public var figures: [FigureDifference]
  /// The lexicon entries that contribute most to the loaded-language difference, largest first.
  public var entryDrivers: [Driver]
  /// The same by category (`loaded.negative`, `scare-quote`…).
  public var categoryDrivers: [Driver]
  /// The entry whose removal alone makes the loaded-language difference vanish, if one does.
  public var carriedBy: String?

  /// The difference of `figure`.
  public func figure(_ figure: ComparedFigure) -> FigureDifference? { figures.first { $0.figure == figure.description } }
}

/// `group − against` for one figure, with a 95% interval from a bootstrap over documents that
/// resamples each group on its own (nil bounds when a group has fewer than
/// `Bootstrap.minimumDocuments` documents).
public struct FigureDifference: Sendable, Codable {
  /// `loaded_per_1000_tokens` (a difference in hits per 1,000 tokens) or `support.LABEL` (in shares).
  public var figure: String
  public var group: Double
  public var against: Double
  public var difference: Double
  public var lower: Double?
  public var upper: Double?
  public var method: IntervalMethod?
  /// Whether the interval includes zero (or there is no interval): no difference can be claimed.
  public var includesZero: Bool
  /// The groups with fewer than `Bootstrap.minimumDocuments` documents, which leave the
  /// difference without an interval; nil when there is one.
  public var thinGroups: [String]? = nil
  /// For a support share, the entries that drive its difference (the sentences whose label
  /// rests on each alone, `SoleSupportEntry`), largest first; nil for the loaded-language
  /// rate, whose drivers are the difference's `entryDrivers` and `categoryDrivers`.
  public var entryDrivers: [Driver]? = nil
  /// For a support share, the entry whose removal alone makes its difference vanish, if one does.
  public var carriedBy: String? = nil
}

/// One entry's (or category's) part in a difference: its hits on each side (for a support share,
/// the sentences whose label rests on it alone), how much of the difference it makes, and the
/// difference without it.
public struct Driver: Sendable, Codable {
  /// The entry's term, or the category's name.
  public var name: String
  /// The entry's category; nil for a category driver.
  public var category: String?
  public var groupHits: Int
  public var againstHits: Int
  /// `difference − differenceWithout`, in hits per 1,000 tokens or in shares, as the figure.
  public var contribution: Double
  public var differenceWithout: Double
  /// The interval of the difference without it, drawn from the same replicates (for the first few drivers).
  public var lowerWithout: Double?
  public var upperWithout: Double?
  /// The difference's interval excluded zero and, without this alone, it includes zero or turns.
  public var carriesDifference: Bool

  /// `name (category)` for an entry, `name` for a category.
  public var label: String { category.map { "\(name) (\($0))" } ?? name }
}
