/// The bootstrap behind a comparison's intervals, stated so that anyone can draw them again.
public struct IntervalSettings: Sendable, Hashable, Codable {
  public var method: IntervalMethod
  public var replicates: Int
  public var seed: UInt64
  /// How groups are resampled, in words.
  public var note: String

  public init(_ bootstrap: Bootstrap) {
    method = .documentBootstrap
    replicates = bootstrap.replicates
    seed = bootstrap.seed
    note = "95% percentile intervals; each group's documents resampled on their own (group i in name order draws from seed + i); "
      + "no interval for a group of fewer than \(Bootstrap.minimumDocuments) documents, nor for a difference that resamples one"
  }
}
