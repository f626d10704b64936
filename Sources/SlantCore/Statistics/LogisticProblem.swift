import Foundation

/// The data of one logistic regression fit in compressed sparse rows, with the probabilities and
/// curvatures at the current parameters. Parameters are the feature weights followed by the
/// intercept (index `featureCount`).
struct LogisticProblem {
  let featureCount: Int
  let penalty: Double
  let rowStarts: [Int]
  let columns: [Int]
  let values: [Double]
  let targets: [Double]
  let exampleWeights: [Double]
  let totalWeight: Double
  /// σ(zᵢ) and cᵢ·σ(zᵢ)(1 − σ(zᵢ)) at the parameters last passed to `update`.
  private(set) var probabilities: [Double]
  private(set) var curvatures: [Double]

  init(examples: [SparseVector], labels: [Bool], weights: [Double]?, featureCount: Int, penalty: Double) {
    var rowStarts = [0], columns: [Int] = [], values: [Double] = []
    for example in examples {
      precondition(example.indices.allSatisfy { $0 < featureCount }, "feature index beyond featureCount")
      columns += example.indices
      values += example.values
      rowStarts.append(columns.count)
    }
    self.featureCount = featureCount
    self.penalty = penalty
    self.rowStarts = rowStarts
    self.columns = columns
    self.values = values
    targets = labels.map { $0 ? 1 : 0 }
    exampleWeights = weights ?? Array(repeating: 1, count: examples.count)
    precondition(exampleWeights.allSatisfy { $0 >= 0 && $0.isFinite }, "example weights are finite and not negative")
    totalWeight = exampleWeights.reduce(0, +)
    probabilities = Array(repeating: 0.5, count: examples.count)
    curvatures = Array(repeating: 0, count: examples.count)
  }

  /// Zero weights and the intercept at the log-odds of the weighted share of positives, which is
  /// the optimum when no feature helps (even odds with no examples).
  func startingPoint() -> [Double] {
    var parameters = Array(repeating: 0.0, count: featureCount + 1)
    let positive = zip(targets, exampleWeights).reduce(0) { $0 + $1.0 * $1.1 }
    let share = totalWeight > 0 ? min(max(positive / totalWeight, 1e-6), 1 - 1e-6) : 0.5
    parameters[featureCount] = log(share / (1 - share))
    return parameters
  }

  /// Moves to `parameters`, recomputing probabilities and curvatures, and returns the objective.
  mutating func update(_ parameters: [Double]) -> Double {
    let margins = multiply(parameters)
    var objective = 0.0
    for row in margins.indices {
      let z = margins[row], probability = LogisticModel.sigmoid(z)
      probabilities[row] = probability
      curvatures[row] = exampleWeights[row] * probability * (1 - probability)
      objective += exampleWeights[row] * (LogisticModel.softplus(z) - targets[row] * z)
    }
    for feature in 0..<featureCount { objective += penalty / 2 * parameters[feature] * parameters[feature] }
    return objective
  }

  /// The objective's gradient at the parameters last passed to `update`.
  func gradient(_ parameters: [Double]) -> [Double] {
    var residuals = Array(repeating: 0.0, count: targets.count)
    for row in residuals.indices { residuals[row] = exampleWeights[row] * (probabilities[row] - targets[row]) }
    var gradient = multiplyTransposed(residuals)
    for feature in 0..<featureCount { gradient[feature] += penalty * parameters[feature] }
    return gradient
  }

  /// The dense (p+1)×(p+1) Hessian `X̃ᵀDX̃ + λI` (no penalty on the intercept), row-major.
  func hessian() -> [Double] {
    let size = featureCount + 1
    var hessian = Array(repeating: 0.0, count: size * size)
    for row in targets.indices {
      let d = curvatures[row]
      guard d > 0 else { continue }
      for a in rowStarts[row]..<rowStarts[row + 1] {
        let i = columns[a], scaled = d * values[a]
        for b in rowStarts[row]..<a + 1 { hessian[i * size + columns[b]] += scaled * values[b] }
        hessian[featureCount * size + i] += scaled
      }
      hessian[featureCount * size + featureCount] += d
    }
    for i in 0..<size {
      hessian[i * size + i] += i < featureCount ? penalty : interceptRidge
      for j in 0..<i { hessian[j * size + i] = hessian[i * size + j] }
    }
    return hessian
  }

  /// Solves `H·x = rhs` by conjugate gradients preconditioned with H's diagonal, from x = 0,
  /// until the residual is below `relativeTolerance` times `rhs`'s length.
  func conjugateGradient(_ rhs: [Double], relativeTolerance: Double, maximumSteps: Int) -> [Double] {
    var diagonal = Array(repeating: 0.0, count: featureCount + 1)
    for row in targets.indices {
      for entry in rowStarts[row]..<rowStarts[row + 1] { diagonal[columns[entry]] += curvatures[row] * values[entry] * values[entry] }
      diagonal[featureCount] += curvatures[row]
    }
    for i in 0..<featureCount { diagonal[i] += penalty }
    diagonal[featureCount] += interceptRidge
    var x = Array(repeating: 0.0, count: rhs.count), residual = rhs
    var preconditioned = zip(residual, diagonal).map { $0 / $1 }
    var direction = preconditioned
    var product = Self.dot(residual, preconditioned)
    let goal = relativeTolerance * Self.dot(rhs, rhs).squareRoot()
    for _ in 0..<maximumSteps {
      guard Self.dot(residual, residual).squareRoot() > goal else { break }
      let image = hessianTimes(direction)
      let curvature = Self.dot(direction, image)
      guard curvature > 0 else { break }
      let step = product / curvature
      for i in x.indices {
        x[i] += step * direction[i]
        residual[i] -= step * image[i]
        preconditioned[i] = residual[i] / diagonal[i]
      }
      let next = Self.dot(residual, preconditioned)
      for i in direction.indices { direction[i] = preconditioned[i] + next / product * direction[i] }
      product = next
    }
    return x
  }

  /// `H·v` without forming H: `X̃ᵀ(D(X̃v)) + λv`, in one pass over the rows: each row's margin
  /// and its share of the product are taken while the row is in cache (the sums run in the same
  /// order as multiplying and then multiplying by the transpose).
  func hessianTimes(_ vector: [Double]) -> [Double] {
    var result = Array(repeating: 0.0, count: featureCount + 1)
    let intercept = vector[featureCount]
    rowStarts.withUnsafeBufferPointer { rowStarts in
      columns.withUnsafeBufferPointer { columns in
        values.withUnsafeBufferPointer { values in
          vector.withUnsafeBufferPointer { vector in
            result.withUnsafeMutableBufferPointer { result in
              for row in 0..<targets.count {
                let span = rowStarts[row]..<rowStarts[row + 1]
                var margin = intercept
                for entry in span { margin += values[entry] * vector[columns[entry]] }
                let factor = margin * curvatures[row]
                guard factor != 0 else { continue }
                for entry in span { result[columns[entry]] += values[entry] * factor }
                result[featureCount] += factor
              }
            }
          }
        }
      }
    }
    for i in 0..<featureCount { result[i] += penalty * vector[i] }
    result[featureCount] += interceptRidge * vector[featureCount]
    return result
  }

  /// A ridge of 1e-10 per unit of example weight on the intercept's own curvature: it keeps the
  /// Newton system positive definite when separated data drive every curvature to zero, and moves
  /// only the step, never the optimum (the gradient has no such term).
  private var interceptRidge: Double { 1e-10 * max(1, totalWeight) }

  /// `X̃·parameters`: each example's margin `b + w·xᵢ`.
  private func multiply(_ parameters: [Double]) -> [Double] {
    var margins = Array(repeating: parameters[featureCount], count: targets.count)
    for row in margins.indices {
      var sum = margins[row]
      for entry in rowStarts[row]..<rowStarts[row + 1] { sum += values[entry] * parameters[columns[entry]] }
      margins[row] = sum
    }
    return margins
  }

  /// `X̃ᵀ·perRow`: the last component is the plain sum (the intercept's column of ones).
  private func multiplyTransposed(_ perRow: [Double]) -> [Double] {
    var result = Array(repeating: 0.0, count: featureCount + 1)
    for row in perRow.indices {
      let factor = perRow[row]
      guard factor != 0 else { continue }
      for entry in rowStarts[row]..<rowStarts[row + 1] { result[columns[entry]] += values[entry] * factor }
      result[featureCount] += factor
    }
    return result
  }

  private static func dot(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for i in a.indices { sum += a[i] * b[i] }
    return sum
  }
}
