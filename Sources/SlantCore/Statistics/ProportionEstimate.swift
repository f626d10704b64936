/// A share of items with a 95% interval: how many of how many, the share, and its bounds (nil
/// when no interval can be drawn, as over fewer than `Bootstrap.minimumDocuments` documents).
public struct ProportionEstimate: Sendable, Hashable, Codable {
  public var count: Int
  public var total: Int
  /// `count / total`, or 0 when there are no items.
  public var share: Double
  public var lower: Double?
  public var upper: Double?
  /// How the interval was drawn; nil where it was made before methods were named.
  public var method: IntervalMethod?

  public init(count: Int, total: Int, share: Double, lower: Double?, upper: Double?, method: IntervalMethod? = nil) {
    self.method = method
    self.count = count
    self.total = total
    self.share = share
    self.lower = lower
    self.upper = upper
  }
}
