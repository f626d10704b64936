import Testing
import SlantCore

@Suite struct CalibrationTests {
  @Test func brierScoreAndBinsByHand() throws {
    let probabilities = [0.05, 0.15, 0.12, 0.95, 1.0, 0.5]
    let outcomes = [false, false, true, true, true, false]
    let calibration = Calibration(probabilities: probabilities, outcomes: outcomes)
    // Squared errors 0.0025, 0.0225, 0.7744, 0.0025, 0, 0.25: sum 1.0519, mean 0.175317.
    let brier = try #require(calibration.brierScore)
    #expect(abs(brier - 1.0519 / 6) < 1e-12)
    #expect(calibration.bins.count == 10)
    #expect(calibration.bins.map(\.count) == [1, 2, 0, 0, 0, 1, 0, 0, 0, 2])
    let low = calibration.bins[1]
    #expect(low.lower == 0.1 && low.upper == 0.2)
    #expect(abs(low.meanPredicted! - 0.135) < 1e-12 && low.observedRate == 0.5)  // (0.15+0.12)/2; one of two
    #expect(calibration.bins[2].meanPredicted == nil && calibration.bins[2].observedRate == nil)
    #expect(calibration.bins[5].meanPredicted == 0.5 && calibration.bins[5].observedRate == 0)
    #expect(abs(calibration.bins[9].meanPredicted! - 0.975) < 1e-12 && calibration.bins[9].observedRate == 1)  // 1.0 in the last bin
    // ECE: (1·|0.05−0| + 2·|0.135−0.5| + 1·|0.5−0| + 2·|0.975−1|)/6 = 1.33/6.
    #expect(abs(calibration.expectedCalibrationError! - 1.33 / 6) < 1e-12)
  }

  @Test func alwaysHalfScoresAQuarter() {
    let calibration = Calibration(probabilities: [0.5, 0.5, 0.5, 0.5], outcomes: [true, false, true, false])
    #expect(calibration.brierScore == 0.25)
    #expect(calibration.expectedCalibrationError == 0, "half the events happened in the one bin")
  }

  @Test func noPredictions() {
    let calibration = Calibration(probabilities: [], outcomes: [])
    #expect(calibration.brierScore == nil && calibration.expectedCalibrationError == nil)
    #expect(calibration.bins.allSatisfy { $0.count == 0 })
  }
}
