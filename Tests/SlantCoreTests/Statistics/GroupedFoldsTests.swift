import Testing
import SlantCore

@Suite struct GroupedFoldsTests {
  /// Articles a and b with 3 sentences, c and d with 2, e and f with 1, interleaved.
  let articles = ["a", "b", "c", "a", "d", "e", "b", "c", "a", "f", "d", "b"]

  @Test(arguments: [1, 2, 99] as [UInt64])
  func keepsArticlesTogetherInBalancedFolds(seed: UInt64) {
    let folds = GroupedFolds(groups: articles, folds: 3, seed: seed)
    #expect(folds.foldCount == 3)
    for article in Set(articles) {
      let foldsOfArticle = Set(articles.indices.filter { articles[$0] == article }.map { folds.assignments[$0] })
      #expect(foldsOfArticle.count == 1, "\(article) is split")
    }
    // Largest first into the emptiest fold: 3 → f0, 3 → f1, 2 → f2, 2 → f2 (2 < 3), 1 → f0, 1 → f1:
    // 4, 4 and 4 items whatever the shuffle.
    #expect((0..<3).map { folds.testItems(fold: $0).count } == [4, 4, 4])
    #expect(Set(folds.testItems(fold: 0)).isDisjoint(with: folds.trainingItems(fold: 0)))
    #expect(folds.testItems(fold: 1).count + folds.trainingItems(fold: 1).count == articles.count)
  }

  @Test func sameSeedSameFoldsOtherSeedOthers() {
    let many = (0..<60).map { "article\($0 / 3)" }
    let first = GroupedFolds(groups: many, folds: 5, seed: 4)
    #expect(first == GroupedFolds(groups: many, folds: 5, seed: 4))
    #expect(first != GroupedFolds(groups: many, folds: 5, seed: 5))
    #expect((0..<5).allSatisfy { first.testItems(fold: $0).count == 12 })
  }

  @Test func fewerGroupsThanFoldsGiveFewerFolds() {
    let folds = GroupedFolds(groups: ["x", "y", "x"], folds: 5, seed: 1)
    #expect(folds.foldCount == 2)
    #expect(Set(folds.assignments) == [0, 1])
    #expect(folds.assignments[0] == folds.assignments[2])
  }
}
