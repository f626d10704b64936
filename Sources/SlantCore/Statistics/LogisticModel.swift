import Foundation

/// A fitted logistic regression: P(positive | x) = σ(intercept + weights·x).
public struct LogisticModel: Sendable, Hashable, Codable {
  public var intercept: Double
  /// One weight per feature index: the change in log-odds per unit of the feature.
  public var weights: [Double]

  public init(intercept: Double, weights: [Double]) {
    self.intercept = intercept
    self.weights = weights
  }

  /// The log-odds of the positive class for `features`.
  public func logOdds(_ features: SparseVector) -> Double { intercept + features.dot(weights) }

  /// The probability of the positive class for `features`.
  public func probability(_ features: SparseVector) -> Double { Self.sigmoid(logOdds(features)) }

  /// 1 / (1 + e^-z), computed without overflow for large |z|.
  static func sigmoid(_ z: Double) -> Double {
    if z >= 0 { return 1 / (1 + exp(-z)) }
    let e = exp(z)
    return e / (1 + e)
  }

  /// log(1 + e^z), without overflow.
  static func softplus(_ z: Double) -> Double { z > 0 ? z + log1p(exp(-z)) : log1p(exp(z)) }
}
