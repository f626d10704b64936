import Testing
import SlantCore

@Suite struct ConfusionCountsTests {
  /// TP 6, FP 2, FN 3, TN 9: 20 items, 9 labelled positive, 8 predicted positive.
  let counts = ConfusionCounts(truePositives: 6, falsePositives: 2, falseNegatives: 3, trueNegatives: 9)

  @Test func figuresByHand() throws {
    #expect(counts.total == 20)
    #expect(counts.precision == 6.0 / 8)  // TP/(TP+FP)
    #expect(counts.recall == 6.0 / 9)  // TP/(TP+FN)
    #expect(counts.f1 == 12.0 / 17)  // 2·6/(2·6+2+3)
    #expect(counts.accuracy == 15.0 / 20)  // (6+9)/20
    // (6·9 − 2·3)/√((6+2)(6+3)(9+2)(9+3)) = 48/√9504 = 0.492366
    let matthews = try #require(counts.matthewsCorrelation)
    #expect(abs(matthews - 48 / 9504.0.squareRoot()) < 1e-15)
    #expect(abs(matthews - 0.492366) < 1e-6)
    // Negative class: 2·9/(2·9+3+2) = 18/23; macro = (12/17 + 18/23)/2 = 0.744246
    let macro = try #require(counts.macroF1)
    #expect(abs(macro - (12.0 / 17 + 18.0 / 23) / 2) < 1e-15)
    #expect(abs(macro - 0.744246) < 1e-6)
  }

  @Test func countsFromPairedDecisions() {
    let predicted = [true, true, false, false, true, false]
    let actual = [true, false, true, false, true, false]
    #expect(ConfusionCounts(predicted: predicted, actual: actual) == ConfusionCounts(truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 2))
  }

  @Test func poolingAddsEachCount() {
    let other = ConfusionCounts(truePositives: 1, falsePositives: 4, falseNegatives: 0, trueNegatives: 2)
    #expect(counts + other == ConfusionCounts(truePositives: 7, falsePositives: 6, falseNegatives: 3, trueNegatives: 11))
    #expect(counts.swapped == ConfusionCounts(truePositives: 9, falsePositives: 3, falseNegatives: 2, trueNegatives: 6))
  }

  @Test func undefinedFiguresAreNilNotZero() {
    // Never predicted positive, two positives missed: precision 0/0, recall 0/2, F1 0/(0+0+2).
    let silent = ConfusionCounts(truePositives: 0, falsePositives: 0, falseNegatives: 2, trueNegatives: 5)
    #expect(silent.precision == nil)
    #expect(silent.recall == 0)
    #expect(silent.f1 == 0)
    #expect(silent.matthewsCorrelation == nil, "the predicted-positive column is empty")
    // Negative class F1 = 2·5/(2·5+2) = 10/12; macro = (0 + 10/12)/2.
    #expect(silent.macroF1 == 10.0 / 12 / 2)
    let empty = ConfusionCounts()
    #expect(empty.accuracy == nil && empty.f1 == nil && empty.macroF1 == nil)
  }

  @Test func perfectAndInvertedDecisions() {
    let perfect = ConfusionCounts(truePositives: 3, falsePositives: 0, falseNegatives: 0, trueNegatives: 4)
    #expect(perfect.matthewsCorrelation == 1 && perfect.macroF1 == 1)
    #expect(perfect.swapped.swapped == perfect)
    let inverted = ConfusionCounts(truePositives: 0, falsePositives: 4, falseNegatives: 3, trueNegatives: 0)
    #expect(inverted.matthewsCorrelation == -1 && inverted.macroF1 == 0)
  }

  @Test func macroF1OverLabelsSkipsLabelsNoOneUsed() {
    let labels = [
      ConfusionCounts(truePositives: 1, falsePositives: 1, falseNegatives: 0, trueNegatives: 3),  // F1 2/(2+1) = 2/3
      ConfusionCounts(truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 5),  // never used: no F1
      ConfusionCounts(truePositives: 0, falsePositives: 2, falseNegatives: 1, trueNegatives: 2),  // F1 0
    ]
    #expect(ConfusionCounts.macroF1(labels) == 2.0 / 3 / 2)
    #expect(ConfusionCounts.macroF1([]) == nil)
  }
}
