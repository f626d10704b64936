/// The Cholesky factor L of a symmetric positive definite matrix (A = L·Lᵀ), for solving the
/// Newton systems of `LogisticRegression` exactly.
struct CholeskyFactorization {
  /// Row-major, lower triangle used.
  private var lower: [Double]
  private let size: Int

  /// Factors `symmetric` (row-major, `size`×`size`) in place. A pivot that rounding pushes to
  /// zero or below is raised to a tiny positive value, so that a nearly singular matrix still
  /// gives a usable (if damped) step rather than NaNs.
  init(symmetric matrix: inout [Double], size: Int) {
    for j in 0..<size {
      var pivot = matrix[j * size + j]
      for k in 0..<j { pivot -= matrix[j * size + k] * matrix[j * size + k] }
      pivot = max(pivot, 1e-300).squareRoot()
      matrix[j * size + j] = pivot
      for i in (j + 1)..<max(j + 1, size) {
        var sum = matrix[i * size + j]
        for k in 0..<j { sum -= matrix[i * size + k] * matrix[j * size + k] }
        matrix[i * size + j] = sum / pivot
      }
    }
    lower = matrix
    self.size = size
  }

  /// x with A·x = rhs, by forward then back substitution.
  func solve(_ rhs: [Double]) -> [Double] {
    var y = rhs
    for i in 0..<size {
      var sum = y[i]
      for k in 0..<i { sum -= lower[i * size + k] * y[k] }
      y[i] = sum / lower[i * size + i]
    }
    for i in stride(from: size - 1, through: 0, by: -1) {
      var sum = y[i]
      for k in (i + 1)..<max(i + 1, size) { sum -= lower[k * size + i] * y[k] }
      y[i] = sum / lower[i * size + i]
    }
    return y
  }
}
