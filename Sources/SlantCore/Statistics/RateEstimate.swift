/// Events per 1,000 tokens with a 95% bootstrap interval over documents, which respects that
/// words of one article are not independent of each other. The bounds are nil with fewer than
/// two documents, where resampling documents says nothing.
public struct RateEstimate: Sendable, Hashable, Codable {
  public var events: Int
  public var tokens: Int
  /// Events per 1,000 tokens, or 0 when there are no tokens.
  public var perThousand: Double
  public var lower: Double?
  public var upper: Double?
  /// How the interval was drawn; nil when there is none.
  public var method: IntervalMethod?

  public init(events: Int, tokens: Int, perThousand: Double, lower: Double?, upper: Double?, method: IntervalMethod? = nil) {
    self.method = method
    self.events = events
    self.tokens = tokens
    self.perThousand = perThousand
    self.lower = lower
    self.upper = upper
  }
}
