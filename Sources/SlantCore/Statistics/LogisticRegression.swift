/// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
/// squares) with a backtracking line search. It minimises
/// `Σ cᵢ·[log(1 + e^zᵢ) − yᵢ·zᵢ] + λ/2·‖w‖²` with `zᵢ = b + w·xᵢ` and example weights `cᵢ`; the
/// intercept `b` is not penalised (scikit-learn's `LogisticRegression(C: 1/λ)` with the lbfgs or
/// newton-cg solver minimises the same). Each Newton system is solved exactly by Cholesky when
/// there are few features, or by conjugate gradients on Hessian-vector products (truncated
/// Newton, as LIBLINEAR does) when there are many sparse ones, so that the p×p Hessian is never
/// formed. Deterministic: every sum runs in a fixed order.
public struct LogisticRegression: Sendable {
  /// How each Newton system is solved.
  public enum Solver: String, Sendable, Hashable, Codable {
    /// Whichever costs fewer operations per Newton step, estimated from the data's shape.
    case automatic
    /// Forms the (p+1)×(p+1) Hessian: exact steps, O(p³) per step.
    case cholesky
    /// Preconditioned conjugate gradients: O(non-zeros) per inner step, no p×p memory.
    case conjugateGradient
  }

  /// The L2 penalty λ on the feature weights; 1 is scikit-learn's default (`C = 1`).
  public var penalty: Double
  public var solver: Solver
  /// Stop when the largest gradient component is below this times the total example weight.
  public var tolerance: Double
  public var maximumIterations: Int

  public init(penalty: Double = 1, solver: Solver = .automatic, tolerance: Double = 1e-10, maximumIterations: Int = 100) {
    precondition(penalty > 0, "the penalty keeps separable data finite; it must be positive")
    self.penalty = penalty
    self.solver = solver
    self.tolerance = tolerance
    self.maximumIterations = maximumIterations
  }

  /// Fits the model to `examples` with their `labels` (true: positive) and optional example
  /// `weights` (a weight of 2 counts an example twice). `featureCount` is the number of weights;
  /// every index in the examples must be below it.
  public func fit(_ examples: [SparseVector], labels: [Bool], weights: [Double]? = nil, featureCount: Int) -> LogisticFit {
    precondition(examples.count == labels.count, "one label per example")
    precondition(weights == nil || weights!.count == examples.count, "one weight per example")
    var problem = LogisticProblem(examples: examples, labels: labels, weights: weights, featureCount: featureCount, penalty: penalty)
    let chosen = solver != .automatic ? solver : Self.cheaperSolver(examples, featureCount: featureCount)
    let limit = tolerance * max(1, problem.totalWeight)
    var parameters = problem.startingPoint()
    var objective = problem.update(parameters)
    var gradient = problem.gradient(parameters)
    let initialNorm = Self.norm(gradient)
    var iterations = 0
    var isConverged = gradient.allSatisfy { abs($0) <= limit }
    while !isConverged && iterations < maximumIterations {
      iterations += 1
      let negative = gradient.map { -$0 }
      let direction: [Double]
      if chosen == .cholesky {
        var hessian = problem.hessian()
        direction = CholeskyFactorization(symmetric: &hessian, size: featureCount + 1).solve(negative)
      } else {
        // Solve to a relative residual that shrinks as the gradient does (Eisenstat and Walker
        // 1996), so that early steps are cheap and late ones converge superlinearly.
        let forcing = min(0.1, (Self.norm(gradient) / max(initialNorm, .leastNormalMagnitude)).squareRoot())
        direction = problem.conjugateGradient(negative, relativeTolerance: forcing, maximumSteps: min(featureCount + 1, 500))
      }
      let slope = zip(gradient, direction).reduce(0) { $0 + $1.0 * $1.1 }
      guard slope < 0 else { break }
      // Armijo backtracking. Near the optimum the decrease falls below the objective's rounding
      // error, so a step within that error of sufficient decrease is accepted too.
      let roundingSlack = 1e-13 * abs(objective)
      var step = 1.0, candidate = parameters, candidateObjective = objective, isAccepted = false
      for _ in 0..<40 {
        candidate = zip(parameters, direction).map { $0 + step * $1 }
        candidateObjective = problem.update(candidate)
        isAccepted = candidateObjective <= objective + 1e-4 * step * slope + roundingSlack
        if isAccepted { break }
        step /= 2
      }
      guard isAccepted else {
        _ = problem.update(parameters)
        break
      }
      parameters = candidate
      objective = candidateObjective
      gradient = problem.gradient(parameters)
      isConverged = gradient.allSatisfy { abs($0) <= limit }
    }
    let model = LogisticModel(intercept: parameters[featureCount], weights: Array(parameters[0..<featureCount]))
    return LogisticFit(model: model, iterations: iterations, isConverged: isConverged, objective: objective, solver: chosen)
  }

  /// Cholesky when forming and factoring the Hessian (`Σ nnzᵢ²/2 + p³/6` operations) costs less
  /// than about 30 conjugate-gradient steps (`2·Σ nnzᵢ` each), a typical inner solve; measured
  /// with `slant-bench learn`: 3,000 sentences with 300 dense features fit in about 1.1-1.3 s by
  /// Cholesky and 0.1-0.3 s by conjugate gradients.
  static func cheaperSolver(_ examples: [SparseVector], featureCount: Int) -> Solver {
    var nonZeros = 0.0, squares = 0.0
    for example in examples {
      let count = Double(example.indices.count)
      nonZeros += count
      squares += count * count
    }
    let size = Double(featureCount + 1)
    return squares / 2 + size * size * size / 6 <= 30 * 2 * nonZeros ? .cholesky : .conjugateGradient
  }

  private static func norm(_ vector: [Double]) -> Double { vector.reduce(0) { $0 + $1 * $1 }.squareRoot() }
}
