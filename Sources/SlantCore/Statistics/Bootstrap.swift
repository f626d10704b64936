/// The percentile bootstrap over documents (clusters) for a rate of events per token: each
/// replicate draws as many documents as there are, with replacement, and pools their events and
/// tokens. Resampling whole documents keeps the dependence between sentences of one article,
/// which a binomial interval over tokens would ignore.
public struct Bootstrap: Sendable {
  /// Fewer documents than this and no interval is drawn: 2, 3 or 4 documents have only 3, 10 or
  /// 35 distinct resamples (five have 126), too few for 2.5% and 97.5% percentiles to mean anything, and the
  /// spread between so few articles says little about how articles vary.
  public static let minimumDocuments = 5

  public var replicates: Int
  public var seed: UInt64
  /// The fewest documents any interval of this bootstrap is drawn from: `Bootstrap.minimumDocuments`
  /// unless a test of the percentile method lowers it.
  public var minimumDocuments: Int

  /// 2,000 replicates: enough for stable 2.5% and 97.5% percentiles (Efron and Tibshirani 1993).
  public init(replicates: Int = 2_000, seed: UInt64 = 20_080_101, minimumDocuments: Int = Bootstrap.minimumDocuments) {
    self.replicates = replicates
    self.seed = seed
    self.minimumDocuments = minimumDocuments
  }

  /// Events per 1,000 tokens over all documents with its 95% interval (none with fewer than
  /// `minimumDocuments`); `documents` pairs each document's events with its tokens.
  public func rate(_ documents: [(events: Int, tokens: Int)]) -> RateEstimate {
    let events = documents.reduce(0) { $0 + $1.events }, tokens = documents.reduce(0) { $0 + $1.tokens }
    let point = Self.perThousand(events, tokens)
    guard documents.count >= minimumDocuments, replicates > 0 else {
      return RateEstimate(events: events, tokens: tokens, perThousand: point, lower: nil, upper: nil)
    }
    var generator = SeededGenerator(seed: seed)
    var rates: [Double] = []
    rates.reserveCapacity(replicates)
    for _ in 0..<replicates {
      var sampledEvents = 0, sampledTokens = 0
      for _ in documents.indices {
        let document = documents[generator.index(below: documents.count)]
        sampledEvents += document.events
        sampledTokens += document.tokens
      }
      rates.append(Self.perThousand(sampledEvents, sampledTokens))
    }
    rates.sort()
    return RateEstimate(events: events, tokens: tokens, perThousand: point, lower: Self.percentile(rates, 0.025), upper: Self.percentile(rates, 0.975),
      method: .documentBootstrap)
  }

  /// The `fraction` percentile of sorted `values`, interpolating between neighbours.
  package static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    let position = fraction * Double(values.count - 1)
    let below = Int(position.rounded(.down)), above = min(values.count - 1, below + 1)
    return values[below] + (values[above] - values[below]) * (position - Double(below))
  }

  private static func perThousand(_ events: Int, _ tokens: Int) -> Double {
    tokens > 0 ? Double(events) * 1_000 / Double(tokens) : 0
  }
}
