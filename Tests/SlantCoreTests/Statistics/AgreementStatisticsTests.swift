import Testing
import SlantCore

@Suite struct AgreementStatisticsTests {
  /// The reliability data of Krippendorff's "Computing Krippendorff's Alpha-Reliability" (section
  /// C: four observers, twelve units, nominal values, missing ones left out); published alpha 0.743.
  static let krippendorffExample: [[Int?]] = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],
    [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],
  ]

  static func units(_ observers: [[Int?]]) -> [[Int]] {
    observers[0].indices.map { unit in observers.compactMap { $0[unit] } }
  }

  @Test func krippendorffAlphaMatchesThePublishedExample() throws {
    let units = Self.units(Self.krippendorffExample)
    let alpha = try #require(KrippendorffAlpha.nominal(units))
    #expect((alpha * 1000).rounded() / 1000 == 0.743)
    #expect(KrippendorffAlpha.pairableUnits(units) == 11)
  }

  @Test func krippendorffAlphaForTwoCodersByHand() throws {
    // Units (a,a) (a,b) (b,b) (b,b): n = 8, marginals a 3, b 5; Do = 2/8; De = 2*3*5/(8*7) = 30/56.
    let alpha = try #require(KrippendorffAlpha.nominal([["a", "a"], ["a", "b"], ["b", "b"], ["b", "b"]]))
    #expect(abs(alpha - (1 - (2.0 / 8) / (30.0 / 56))) < 1e-12)
    #expect(KrippendorffAlpha.observedAgreement([["a", "a"], ["a", "b"], ["b", "b"], ["b", "b"]]) == 0.75)
  }

  @Test func krippendorffAlphaEdgeCases() {
    #expect(KrippendorffAlpha.nominal([["x", "x"], ["x", "x", "x"]]) == nil, "a single category leaves no expected disagreement")
    #expect(KrippendorffAlpha.nominal([["a", "a"], ["b", "b"], ["a", "a"]]) == 1, "all agree")
    #expect(KrippendorffAlpha.nominal([[String]]([[], [], []])) == nil, "all missing")
    #expect(KrippendorffAlpha.nominal([["a"], ["b"], ["a"]]) == nil, "no unit has two values")
    #expect(KrippendorffAlpha.pairableUnits([["a"], ["a", "b"], []]) == 1)
  }

  @Test func cohenKappaOnTheTextbookTable() throws {
    // 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no: observed 0.7, chance 0.5, kappa 0.4.
    let pairs = Array(repeating: (true, true), count: 20) + Array(repeating: (true, false), count: 5)
      + Array(repeating: (false, true), count: 10) + Array(repeating: (false, false), count: 15)
    let kappa = try #require(CohenKappa.kappa(pairs))
    #expect(abs(kappa - 0.4) < 1e-12)
  }

  @Test func cohenKappaEdgeCases() {
    #expect(CohenKappa.kappa([(Int, Int)]()) == nil, "no items")
    #expect(CohenKappa.kappa([("x", "x"), ("x", "x")]) == nil, "one category throughout: chance agreement 1")
    #expect(CohenKappa.kappa([("a", "a"), ("b", "b")]) == 1, "all agree")
    #expect(CohenKappa.kappa([("a", "b"), ("b", "a")]) == -1, "systematic disagreement")
    #expect(CohenKappa.kappa([("a", "b"), ("a", "b")]) == 0, "each coder uses one different value: no agreement beyond chance")
  }
}
