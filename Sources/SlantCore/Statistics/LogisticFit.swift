/// The result of fitting a logistic regression, with what the solver did to get there.
public struct LogisticFit: Sendable, Hashable, Codable {
  public var model: LogisticModel
  /// Newton steps taken.
  public var iterations: Int
  /// Whether the gradient fell below the tolerance within the iteration limit.
  public var isConverged: Bool
  /// The penalised negative log-likelihood at the fitted weights.
  public var objective: Double
  public var solver: LogisticRegression.Solver

  public init(model: LogisticModel, iterations: Int, isConverged: Bool, objective: Double, solver: LogisticRegression.Solver) {
    self.model = model
    self.iterations = iterations
    self.isConverged = isConverged
    self.objective = objective
    self.solver = solver
  }
}
