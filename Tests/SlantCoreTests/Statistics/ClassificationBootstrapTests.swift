import Foundation
import Testing
import SlantCore

@Suite struct ClassificationBootstrapTests {
  @Test func intervalMatchesAReferenceDrawnWithTheSameSeed() throws {
    // Three documents (TP, FP, FN, TN): A (2,1,0,3), B (0,1,2,1), C (1,0,1,2). With seed 7 the
    // generator's draws (an independent Python SplitMix64 with the same multiply-shift) pick
    // documents [B,A,C], [B,B,A], [B,A,A], [B,A,C], [C,C,C]: pooled TP/FP 3/2, 2/3, 4/3, 3/2, 3/0,
    // precision 0.6, 0.4, 4/7, 0.6, 1. Sorted 0.4, 4/7, 0.6, 0.6, 1:
    // 2.5% at position 0.1 → 0.4 + 0.1·(4/7 − 0.4) = 0.417143; 97.5% at 3.9 → 0.6 + 0.9·0.4 = 0.96.
    let documents = [
      ConfusionCounts(truePositives: 2, falsePositives: 1, falseNegatives: 0, trueNegatives: 3),
      ConfusionCounts(truePositives: 0, falsePositives: 1, falseNegatives: 2, trueNegatives: 1),
      ConfusionCounts(truePositives: 1, falsePositives: 0, falseNegatives: 1, trueNegatives: 2),
    ]
    let estimate = Bootstrap(replicates: 5, seed: 7, minimumDocuments: 2).classification(documents)
    #expect(estimate.counts == ConfusionCounts(truePositives: 3, falsePositives: 2, falseNegatives: 3, trueNegatives: 6))
    #expect(estimate.precision.value == 3.0 / 5)
    let lower = try #require(estimate.precision.lower), upper = try #require(estimate.precision.upper)
    #expect(abs(lower - (0.4 + 0.1 * (4.0 / 7 - 0.4))) < 1e-12)
    #expect(abs(upper - 0.96) < 1e-12)
    #expect(estimate.precision.undefinedReplicates == 0)
  }

  @Test func twoDocumentsByEnumeration() {
    // A: one true positive; B: one false positive. A replicate draws AA, AB, BA or BB, so
    // precision is 1, 1/2 or 0; with 2,000 replicates about 500 are BB and 500 AA, far more
    // than the 50 below each percentile, so the interval is exactly 0...1.
    let documents = [ConfusionCounts(truePositives: 1), ConfusionCounts(falsePositives: 1)]
    let precision = Bootstrap(minimumDocuments: 2).classification(documents).precision
    #expect(precision.value == 0.5)
    #expect(precision.lower == 0 && precision.upper == 1)
  }

  @Test func undefinedReplicatesAreCountedAndLeftOut() {
    // A: a true positive; B: only a true negative. Drawing BB leaves nothing predicted
    // positive, so precision is undefined there (about a quarter of replicates); elsewhere it is 1.
    let documents = [ConfusionCounts(truePositives: 1), ConfusionCounts(trueNegatives: 1)]
    let precision = Bootstrap(minimumDocuments: 2).classification(documents).precision
    #expect(precision.lower == 1 && precision.upper == 1)
    #expect(precision.undefinedReplicates > 400 && precision.undefinedReplicates < 600)
  }

  @Test func sameSeedSameInterval() {
    let documents = (0..<12).map { index in
      ConfusionCounts(truePositives: index % 4, falsePositives: index % 3, falseNegatives: (index + 1) % 3, trueNegatives: 5 - index % 5)
    }
    let first = Bootstrap(seed: 11).classification(documents)
    #expect(first == Bootstrap(seed: 11).classification(documents))
    #expect(first != Bootstrap(seed: 12).classification(documents), "another seed draws other replicates")
    for figure in [first.precision, first.recall, first.f1, first.accuracy, first.matthewsCorrelation, first.macroF1] {
      let value = figure.value!, lower = figure.lower!, upper = figure.upper!
      #expect(lower <= value && value <= upper)
    }
  }

  @Test func oneDocumentHasNoInterval() {
    let estimate = Bootstrap().classification([ConfusionCounts(truePositives: 2, falsePositives: 1)])
    #expect(estimate.precision.value == 2.0 / 3)
    #expect(estimate.precision.lower == nil && estimate.precision.upper == nil)
  }

  @Test func macroF1OverLabelsPoolsEachLabel() {
    // Two documents, two labels. Pooled: label 1 TP 1 FP 1 → F1 2/3; label 2 TP 2 FN 2 → F1 4/6.
    // Identical documents would give no width; these differ, so AA, AB/BA and BB differ.
    let documents = [
      [ConfusionCounts(truePositives: 1), ConfusionCounts(truePositives: 2)],
      [ConfusionCounts(falsePositives: 1), ConfusionCounts(falseNegatives: 2)],
    ]
    let estimate = Bootstrap(minimumDocuments: 2).macroF1(documents)
    #expect(estimate.value == (2.0 / 3 + 4.0 / 6) / 2)
    // AA: both labels F1 1 → 1. BB: both F1 0 → 0. So the interval is 0...1.
    #expect(estimate.lower == 0 && estimate.upper == 1)
  }

  /// Below five documents a bootstrap has too few distinct replicates to defend: the point
  /// figure stands alone and says why; from five documents on there is an interval.
  @Test(arguments: [1, 2, 4]) func fewDocumentsGiveThePointFigureAndAReason(count: Int) throws {
    let documents = (0..<count).map { ConfusionCounts(truePositives: 1 + $0 % 2, falsePositives: 1 - $0 % 2) }
    let reason = "no interval: \(count) document\(count == 1 ? "" : "s") (an interval needs at least 5)"
    let precision = Bootstrap().classification(documents).precision
    #expect(precision.value != nil)
    #expect(precision.lower == nil && precision.upper == nil)
    #expect(precision.noInterval == reason)
    let macroF1 = Bootstrap().macroF1(documents.map { [$0, $0] })
    #expect(macroF1.lower == nil && macroF1.noInterval == reason)
    let json = String(decoding: try JSONEncoder().encode(precision), as: UTF8.self)
    #expect(json.contains(#""lower":null"#) && json.contains(#""upper":null"#), "null, not left out: \(json)")
    #expect(json.contains(#""noInterval":"\#(reason)""#))
  }

  @Test func fiveDocumentsGiveAnInterval() throws {
    let documents = (0..<5).map { ConfusionCounts(truePositives: 1 + $0 % 2, falsePositives: 1 - $0 % 2) }
    let precision = Bootstrap().classification(documents).precision
    #expect(precision.noInterval == nil)
    let lower = try #require(precision.lower), upper = try #require(precision.upper)
    #expect(lower < upper)
  }
}
